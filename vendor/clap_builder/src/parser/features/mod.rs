pub(crate) mod suggestions;
