//! `cpfund`'s library part: the demo site's generator (`cpfund site`,
//! `cpfund render`), which pre-renders the widget. The command line itself
//! is `main.rs`.

pub mod site;
