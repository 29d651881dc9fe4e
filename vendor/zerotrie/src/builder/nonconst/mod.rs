// This file is part of ICU4X. For terms of use, please see the file
// called LICENSE at the top level of the ICU4X source tree
// (online at: https://github.com/unicode-org/icu4x/blob/main/LICENSE ).

mod builder;
mod store;

pub(crate) use builder::*;
pub(crate) use store::TrieBuilderStore;
