//! The encodings officers' CSV files come in (issue 34): UTF-8, Big5 (a
//! Traditional Chinese Windows PC in Hong Kong: code page 950 with HKSCS)
//! and GB18030 (a Mainland PC), read as a stream of UTF-8 for the batch.
//!
//! The encoding comes, in this order, from `--encoding`, a byte order
//! mark, the file being valid UTF-8, and Firefox's detector (`chardetng`);
//! decoding is Firefox's (`encoding_rs`). UTF-8 without a mark goes to the
//! batch untouched, as before (a row that is not UTF-8 is refused in place
//! and the others go on); any other encoding is decoded on the fly, in
//! constant memory, and a byte sequence it does not hold stops the batch
//! with the encoding tried and the line.

/// Firefox's decoder, for the fuzz checks' oracle (a whole file decoded at once).
pub use encoding_rs;
use encoding_rs::{DecoderResult, Encoding, BIG5, GB18030, UTF_8};
use std::io::{self, BufRead, Read};

/// An encoding a person names with `--encoding`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    Utf8,
    Big5,
    Gb18030,
}

impl Named {
    pub fn parse(s: &str) -> Result<Named, String> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Ok(Named::Utf8),
            "big5" | "big5-hkscs" | "cp950" => Ok(Named::Big5),
            "gb18030" | "gbk" | "gb2312" | "cp936" => Ok(Named::Gb18030),
            _ => Err(format!("{s}: use utf-8, big5 or gb18030")),
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Named::Utf8 => UTF_8,
            Named::Big5 => BIG5,
            Named::Gb18030 => GB18030,
        }
    }
}

/// How the encoding was chosen: only a guess is said on standard error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Named,
    Mark,
    Valid,
    Guessed,
}

/// The bytes a file's start is judged by: enough for the detector to see
/// a few rows of Chinese names.
const SAMPLE: usize = 64 * 1024;

/// `input` as UTF-8 bytes, and the encoding read and how it was chosen.
pub fn utf8_reader(
    mut input: Box<dyn BufRead>,
    named: Option<Named>,
) -> io::Result<(Box<dyn BufRead>, &'static Encoding, How)> {
    let mut sample = Vec::with_capacity(SAMPLE);
    (&mut input).take(SAMPLE as u64).read_to_end(&mut sample)?;
    let whole = sample.len() < SAMPLE;
    let (encoding, how, skip) = match named {
        Some(n) => {
            let bom = Encoding::for_bom(&sample).filter(|(e, _)| *e == n.encoding());
            (n.encoding(), How::Named, bom.map_or(0, |(_, len)| len))
        }
        None => match Encoding::for_bom(&sample) {
            Some((e, len)) => (e, How::Mark, len),
            None if valid_utf8(&sample, whole) => (UTF_8, How::Valid, 0),
            None => (guess(&sample, whole), How::Guessed, 0),
        },
    };
    let rest = io::Cursor::new(sample).chain(input);
    let mut rest: Box<dyn BufRead> = Box::new(io::BufReader::new(rest));
    if skip > 0 {
        let n = skip.min(rest.fill_buf()?.len());
        rest.consume(n);
    }
    if encoding == UTF_8 {
        return Ok((rest, encoding, how));
    }
    let decoded = Decode {
        inner: rest,
        decoder: encoding.new_decoder_without_bom_handling(),
        encoding,
        out: Vec::new(),
        at: 0,
        line: 1,
        done: false,
    };
    Ok((Box::new(io::BufReader::new(decoded)), encoding, how))
}

/// Valid UTF-8, but for a character cut at the end of a sample.
fn valid_utf8(sample: &[u8], whole: bool) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => !whole && e.error_len().is_none(),
    }
}

/// Firefox's guess for a file from Hong Kong: Big5 or GB18030 (GBK's
/// superset, as the WHATWG decodes it) for Chinese, else what it finds.
fn guess(sample: &[u8], whole: bool) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, whole);
    let e = detector.guess(Some(b"hk"), true);
    if e == encoding_rs::GBK {
        GB18030
    } else {
        e
    }
}

/// A byte sequence the encoding does not hold, at a line of the file.
#[derive(Debug)]
pub struct Undecodable {
    pub encoding: &'static Encoding,
    pub line: u64,
}

impl std::fmt::Display for Undecodable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} is not {}", self.line, self.encoding.name())
    }
}

impl std::error::Error for Undecodable {}

/// Decodes `inner` to UTF-8 on the fly, refusing what the encoding does not
/// hold (no replacement characters in an officer's names).
struct Decode {
    inner: Box<dyn BufRead>,
    decoder: encoding_rs::Decoder,
    encoding: &'static Encoding,
    out: Vec<u8>,
    at: usize,
    line: u64,
    done: bool,
}

impl Read for Decode {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.out.len() && !self.done {
            self.out.clear();
            self.at = 0;
            let src = self.inner.fill_buf()?;
            let last = src.is_empty();
            let want = self
                .decoder
                .max_utf8_buffer_length_without_replacement(src.len())
                .unwrap_or(src.len() * 3 + 16);
            self.out.resize(want.max(16), 0);
            let (result, read, written) =
                self.decoder
                    .decode_to_utf8_without_replacement(src, &mut self.out, last);
            self.out.truncate(written);
            self.inner.consume(read);
            if let DecoderResult::Malformed(..) = result {
                let line = self.line + self.out.iter().filter(|&&b| b == b'\n').count() as u64;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    Undecodable {
                        encoding: self.encoding,
                        line,
                    },
                ));
            }
            self.line += self.out.iter().filter(|&&b| b == b'\n').count() as u64;
            self.done = last && result == DecoderResult::InputEmpty;
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], named: Option<Named>) -> (io::Result<String>, &'static str, How) {
        let input: Box<dyn BufRead> = Box::new(io::Cursor::new(bytes.to_vec()));
        let (mut r, e, how) = utf8_reader(input, named).unwrap();
        let mut s = String::new();
        (r.read_to_string(&mut s).map(|_| s), e.name(), how)
    }

    const TEXT: &str = "id,date,cost\n香港製衣廠,2018-05-01,港幣1,200,000元\n";

    #[test]
    fn each_encoding_reads_as_its_utf8_copy() {
        let (s, e, how) = read(TEXT.as_bytes(), None);
        assert_eq!((s.unwrap().as_str(), e, how), (TEXT, "UTF-8", How::Valid));
        for (enc, named) in [(BIG5, Named::Big5), (GB18030, Named::Gb18030)] {
            let (bytes, _, bad) = enc.encode(TEXT);
            assert!(!bad);
            let (s, e, how) = read(&bytes, Some(named));
            assert_eq!(
                (s.unwrap().as_str(), e, how),
                (TEXT, enc.name(), How::Named)
            );
        }
    }

    #[test]
    fn a_mark_wins_and_is_dropped() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(TEXT.as_bytes());
        let (s, e, how) = read(&bytes, None);
        assert_eq!((s.unwrap().as_str(), e, how), (TEXT, "UTF-8", How::Mark));
        let (s, _, _) = read(&bytes, Some(Named::Utf8));
        assert_eq!(s.unwrap(), TEXT, "named UTF-8 drops its mark too");
    }

    #[test]
    fn a_chinese_file_without_a_name_is_guessed() {
        // A few rows of names, as the detector needs.
        let many: String = (0..20)
            .map(|i| format!("{i},香港製衣廠有限公司{i},2018-05-01,港幣1,200,000元\n"))
            .collect();
        let text = format!("id,name,date,cost\n{many}");
        let (bytes, _, _) = BIG5.encode(&text);
        let (s, e, how) = read(&bytes, None);
        assert_eq!((e, how), ("Big5", How::Guessed));
        assert_eq!(s.unwrap(), text);
        let simplified = text.replace("製衣廠", "制衣厂").replace("港幣", "港币");
        let (bytes, _, _) = GB18030.encode(&simplified);
        let (s, e, how) = read(&bytes, None);
        assert_eq!((e, how), ("gb18030", How::Guessed));
        assert_eq!(s.unwrap(), simplified);
    }

    #[test]
    fn bytes_the_encoding_does_not_hold_are_refused_with_the_line() {
        let mut bytes = b"id,cost\n1,100\n2,".to_vec();
        bytes.extend_from_slice(&[0xFF, 0xFF]);
        bytes.extend_from_slice(b"\n");
        let (s, _, _) = read(&bytes, Some(Named::Big5));
        let err = s.unwrap_err();
        let u = err
            .get_ref()
            .and_then(|e| e.downcast_ref::<Undecodable>())
            .unwrap();
        assert_eq!((u.encoding.name(), u.line), ("Big5", 3));
    }

    #[test]
    fn names_people_type() {
        assert_eq!(Named::parse("UTF8"), Ok(Named::Utf8));
        assert_eq!(Named::parse("big5"), Ok(Named::Big5));
        assert_eq!(Named::parse("GBK"), Ok(Named::Gb18030));
        assert!(Named::parse("latin1").is_err());
    }
}
