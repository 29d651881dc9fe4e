#[cfg(feature = "alloc")]
mod impl_alloc;

#[cfg(feature = "const-default")]
mod impl_const_default;

#[cfg(feature = "serde")]
mod impl_serde;

#[cfg(feature = "zeroize")]
mod impl_zeroize;

#[cfg(feature = "subtle")]
mod impl_subtle;

#[cfg(feature = "arbitrary")]
mod impl_arbitrary;

#[cfg(feature = "bytemuck")]
mod impl_bytemuck;

#[cfg(feature = "as_slice")]
mod impl_as_slice;

#[cfg(feature = "bitvec")]
mod impl_bitvec;

#[cfg(feature = "rkyv-0_8")]
mod impl_rkyv_0_8;

#[cfg(feature = "bytecheck-0_8")]
mod impl_bytecheck_0_8;
