//! Bytes → text. In: the raw bytes of a file, standard input or the
//! embedded sample. Out: the decoded text (UTF-8/UTF-16/GB18030 detected,
//! CRLF → LF, HTML pages reduced to their article text, control characters
//! replaced by visible placeholders), or one clear error naming the input.

pub mod bytes;
pub mod html;
pub mod input;

pub use bytes::{
    DecodeError, MAX_INPUT_BYTES, decode, encoding_for_label, sanitize, sanitize_line, visible,
};
