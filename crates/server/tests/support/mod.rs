pub mod postgres;
pub mod server;
pub mod smtp;
