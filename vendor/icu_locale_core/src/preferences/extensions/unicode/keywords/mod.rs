// This file is part of ICU4X. For terms of use, please see the file
// called LICENSE at the top level of the ICU4X source tree
// (online at: https://github.com/unicode-org/icu4x/blob/main/LICENSE ).

//! A list of Preferences derived from Locale unicode extension keywords.

#![allow(unused_imports)]

mod calendar;
pub use calendar::*;
mod collation;
pub use collation::*;
mod currency;
pub use currency::*;
mod currency_format;
pub use currency_format::*;
#[cfg(feature = "alloc")]
mod dictionary_break;
#[cfg(feature = "alloc")]
pub use dictionary_break::*;
mod emoji;
pub use emoji::*;
mod first_day;
pub use first_day::*;
mod hour_cycle;
pub use hour_cycle::*;
mod line_break;
pub use line_break::*;
mod line_break_word;
pub use line_break_word::*;
mod measurement_system;
pub use measurement_system::*;
mod measurement_unit_override;
pub use measurement_unit_override::*;
mod numbering_system;
pub use numbering_system::*;
mod region_override;
pub use region_override::*;
mod regional_subdivision;
pub use regional_subdivision::*;
mod sentence_supression;
pub use sentence_supression::*;
mod timezone;
pub use timezone::*;
mod variant;
pub use variant::*;
