//! `cpfund`'s library part: the demo site's generator (`cpfund site`,
//! `cpfund render`), which pre-renders the widget. The command line itself
//! is `main.rs`; `encoding` reads the batch's CSV in the encodings
//! officers' files come in.

pub mod encoding;
pub mod site;
