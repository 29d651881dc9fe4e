pub(crate) mod double_and_add;
// pub(crate) mod double_base;
pub(crate) mod variable_base;
pub(crate) mod window;

pub(crate) use double_and_add::double_and_add;
pub(crate) use variable_base::variable_base;
