//! The avatar pipeline's tests, in one binary: the pipeline on good and hostile files, mutated
//! files, and the command.

mod command;
mod fuzz;
mod pipeline;
mod support;
