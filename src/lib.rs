//! metodstod: a terminal browser for NSPM's list of methodological support (metodstöd)
//! against prostitution and human trafficking. The binary is a thin shell over this library,
//! so that tests and benchmarks reach the same code.

pub mod action;
pub mod app;
pub mod backend;
pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod export;
pub mod i18n;
pub mod keymap;
pub mod layout;
pub mod links;
pub mod plain;
pub mod platform;
pub mod present;
pub mod search;
pub mod ssh_command;
pub mod state;
pub mod text;
pub mod theme;
pub mod tui;
pub mod update;
pub mod view;
