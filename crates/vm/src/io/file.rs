//! The state of one stream object (`open()` files, sys.stdout/stderr/stdin, StringIO, BytesIO):
//! a raw device, a read buffer and a write buffer, and for text streams the codec and newline
//! rules. Positions are byte offsets into the raw device; StringIO converts them to characters.
//!
//! Text decoding works on the raw bytes: for UTF-8 and the single-byte codecs a line end is a
//! byte, so lines are cut from the read buffer and decoded one at a time, and `tell()` stays
//! exact. UTF-16/32 streams are transcoded to UTF-8 as a whole on the first read.

use std::io::{Read, Seek, SeekFrom, Write};

/// Where bytes go and come from.
pub enum Raw {
    Stdout,
    Stderr,
    Stdin,
    Fd(std::fs::File),
    /// In-memory contents (StringIO holds UTF-8, BytesIO bytes) and the raw position.
    Memory(Vec<u8>, usize),
    /// Another stream's state: a TextIOWrapper (or Buffered*) built over an existing binary
    /// stream reads and writes through that stream's buffers.
    Inner(std::rc::Rc<std::cell::RefCell<FileObj>>),
}

/// The Python type a stream object presents.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    FileIO,
    StringIO,
    BytesIO,
}

/// The codecs streams handle natively.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte-order mark written at the start and skipped when reading.
    Utf8Sig,
    /// Any other ASCII-compatible codec where each byte is one character (latin-1, ascii,
    /// cp1252): decoded by `bytes::decode` line by line.
    SingleByte,
    /// UTF-16/UTF-32: transcoded as a whole.
    Wide,
}

pub struct FileObj {
    pub raw: Raw,
    pub kind: Kind,
    pub name: Value,
    pub mode: String,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    pub closefd: bool,
    pub wbuf: Vec<u8>,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub eof: bool,
    pub line_buffered: bool,
    pub write_through: bool,
    /// The encoding as given (reported by `.encoding` and repr) and its normalised name.
    pub encoding: String,
    pub enc_name: String,
    pub codec: Codec,
    pub errors: String,
    /// None: universal newlines; Some("") untranslated universal; Some("\n"|"\r"|"\r\n").
    pub newline: Option<String>,
    /// A BOM is still to be skipped (reading) / written (writing) at the start.
    pub bom_pending: bool,
    /// The Wide codec's contents were transcoded into `rbuf`.
    pub transcoded: bool,
    /// Newline kinds met by universal-newline reads (1: \r, 2: \n, 4: \r\n).
    pub seen_newlines: std::cell::Cell<u8>,
    /// How many bytes the current read wants (an unbuffered FileIO reads no more).
    pub want: usize,
    /// Where in the file transcoding of a UTF-16/32 stream started.
    pub transcode_start: u64,
}

use crate::value::Value;

impl FileObj {
    pub fn new(raw: Raw, kind: Kind, name: Value, mode: &str) -> FileObj {
        FileObj {
            raw,
            kind,
            name,
            mode: mode.to_string(),
            readable: false,
            writable: false,
            closed: false,
            closefd: true,
            wbuf: Vec::new(),
            rbuf: Vec::new(),
            rpos: 0,
            eof: false,
            line_buffered: false,
            write_through: false,
            encoding: "UTF-8".into(),
            enc_name: "utf-8".into(),
            codec: Codec::Utf8,
            errors: "strict".into(),
            newline: None,
            bom_pending: false,
            transcoded: false,
            seen_newlines: std::cell::Cell::new(0),
            want: 1 << 16,
            transcode_start: 0,
        }
    }

    pub fn is_text(&self) -> bool {
        matches!(self.kind, Kind::TextIOWrapper | Kind::StringIO)
    }

    pub fn is_memory(&self) -> bool {
        matches!(self.raw, Raw::Memory(..))
    }

    // ---- raw device ----

    fn raw_write(&mut self, data: &[u8]) -> std::io::Result<()> {
        match &mut self.raw {
            Raw::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(data).and_then(|_| o.flush())
            }
            Raw::Stderr => {
                let mut o = std::io::stderr().lock();
                o.write_all(data).and_then(|_| o.flush())
            }
            Raw::Fd(f) => f.write_all(data),
            Raw::Stdin => Ok(()),
            Raw::Inner(inner) => {
                let mut i = inner
                    .try_borrow_mut()
                    .map_err(|_| std::io::Error::from_raw_os_error(libc::EBUSY))?;
                i.write_bytes(data)
            }
            Raw::Memory(buf, pos) => {
                if *pos > buf.len() {
                    buf.resize(*pos, 0);
                }
                let end = *pos + data.len();
                if *pos == buf.len() {
                    buf.extend_from_slice(data);
                } else {
                    if end > buf.len() {
                        buf.resize(end, 0);
                    }
                    buf[*pos..end].copy_from_slice(data);
                }
                *pos = end;
                Ok(())
            }
        }
    }

    fn raw_read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        match &mut self.raw {
            Raw::Stdin => std::io::stdin().read(out),
            Raw::Fd(f) => loop {
                match f.read(out) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    r => return r,
                }
            },
            Raw::Memory(buf, pos) => {
                if *pos >= buf.len() {
                    return Ok(0);
                }
                let start = *pos;
                let n = out.len().min(buf.len() - start);
                out[..n].copy_from_slice(&buf[start..start + n]);
                *pos = start + n;
                Ok(n)
            }
            Raw::Inner(inner) => {
                let mut i = inner
                    .try_borrow_mut()
                    .map_err(|_| std::io::Error::from_raw_os_error(libc::EBUSY))?;
                let data = i.read_some(out.len())?;
                out[..data.len()].copy_from_slice(&data);
                Ok(data.len())
            }
            _ => Ok(0),
        }
    }

    fn raw_seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        match &mut self.raw {
            Raw::Fd(f) => f.seek(to),
            Raw::Memory(buf, pos) => {
                let base: i128 = match to {
                    SeekFrom::Start(n) => n as i128,
                    SeekFrom::Current(d) => *pos as i128 + d as i128,
                    SeekFrom::End(d) => buf.len() as i128 + d as i128,
                };
                if base < 0 {
                    return Err(std::io::Error::from_raw_os_error(22));
                }
                *pos = base as usize;
                Ok(*pos as u64)
            }
            Raw::Inner(inner) => {
                let mut i = inner
                    .try_borrow_mut()
                    .map_err(|_| std::io::Error::from_raw_os_error(libc::EBUSY))?;
                match to {
                    SeekFrom::Current(0) => i.tell(),
                    other => i.seek(other),
                }
            }
            _ => Err(std::io::Error::from_raw_os_error(29)),
        }
    }

    pub fn raw_seekable(&mut self) -> bool {
        match &mut self.raw {
            Raw::Memory(..) => true,
            Raw::Inner(inner) => inner.try_borrow_mut().map(|mut i| i.raw_seekable()).unwrap_or(false),
            Raw::Fd(f) => f.stream_position().is_ok(),
            _ => {
                let fd = self.fileno();
                // SAFETY: lseek with SEEK_CUR only queries the position.
                unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) >= 0 }
            }
        }
    }

    pub fn fileno(&self) -> i32 {
        match &self.raw {
            Raw::Stdin => 0,
            Raw::Stdout => 1,
            Raw::Stderr => 2,
            Raw::Fd(f) => {
                use std::os::unix::io::AsRawFd;
                f.as_raw_fd()
            }
            Raw::Memory(..) => -1,
            Raw::Inner(inner) => inner.try_borrow().map(|i| i.fileno()).unwrap_or(-1),
        }
    }

    // ---- buffering ----

    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let mut r = self.raw_write(&data);
        if r.is_ok() {
            if let Raw::Inner(inner) = &self.raw {
                if let Ok(mut i) = inner.try_borrow_mut() {
                    r = i.flush();
                }
            }
        }
        let mut data = data;
        data.clear();
        if self.wbuf.is_empty() {
            self.wbuf = data;
        }
        r
    }

    /// Give back read-ahead bytes so the raw position is the logical one (before writing or
    /// seeking).
    pub fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.rbuf.len() - self.rpos;
        if unread > 0 && !self.transcoded {
            self.raw_seek(SeekFrom::Current(-(unread as i64)))?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        Ok(())
    }

    /// Append bytes to the stream (buffered unless memory or write-through).
    pub fn write_bytes(&mut self, data: &[u8]) -> std::io::Result<()> {
        if self.rpos < self.rbuf.len() || !self.rbuf.is_empty() {
            self.drop_read_ahead()?;
        }
        if self.is_memory() || self.kind == Kind::FileIO {
            return self.raw_write(data);
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= 1 << 16 || self.write_through {
            self.flush()?;
        }
        Ok(())
    }

    /// Read more raw bytes into the read buffer; 0 at end of file.
    pub fn fill(&mut self) -> std::io::Result<usize> {
        if !self.wbuf.is_empty() {
            self.flush()?;
        }
        if self.transcoded {
            return Ok(0);
        }
        if self.rpos > 0 && self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        } else if self.rpos > 1 << 16 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        let chunk = if self.kind == Kind::FileIO {
            // unbuffered: never read ahead of what was asked for
            self.want.max(1)
        } else if self.is_memory() {
            1 << 20
        } else {
            1 << 16
        };
        self.rbuf.resize(old + chunk, 0);
        let r = {
            let (_, tail) = self.rbuf.split_at_mut(old);
            // split borrow: read into the tail of our own buffer
            let tail: *mut [u8] = tail;
            // SAFETY: `tail` points into self.rbuf, which raw_read does not touch.
            self.raw_read(unsafe { &mut *tail })
        };
        match r {
            Ok(n) => {
                self.rbuf.truncate(old + n);
                self.eof = n == 0;
                Ok(n)
            }
            Err(e) => {
                self.rbuf.truncate(old);
                Err(e)
            }
        }
    }

    pub fn available(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Everything up to end of file.
    pub fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        self.want = 1 << 16;
        while self.fill()? > 0 {}
        let out = self.rbuf[self.rpos..].to_vec();
        self.rpos = self.rbuf.len();
        Ok(out)
    }

    /// Up to n bytes (fewer only at end of file).
    pub fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        self.want = n.saturating_sub(self.rbuf.len() - self.rpos);
        while self.rbuf.len() - self.rpos < n {
            self.want = n - (self.rbuf.len() - self.rpos);
            if self.fill()? == 0 {
                break;
            }
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// At most n bytes with at most one raw read (`read1`).
    pub fn read_some(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        self.want = n;
        if self.rpos >= self.rbuf.len() {
            self.fill()?;
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// Prepare a text stream for reading: skip a BOM, transcode wide codecs.
    pub fn start_text_read(&mut self) -> std::io::Result<()> {
        if self.bom_pending && self.codec == Codec::Utf8Sig {
            while self.rbuf.len() - self.rpos < 3 && self.fill()? > 0 {}
            if self.available().starts_with(b"\xef\xbb\xbf") {
                self.rpos += 3;
            }
            self.bom_pending = false;
        }
        Ok(())
    }

    /// One line's raw bytes, cut where the newline mode says; `limit` counts bytes (characters
    /// for the single-byte codecs; approximately for UTF-8, as a safety cap).
    pub fn read_line(&mut self, limit: Option<usize>, text: bool) -> std::io::Result<Vec<u8>> {
        let mut scan_from = 0;
        self.want = 1;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let cut = if text {
                find_text_line_end(avail, scan_from, self.newline.as_deref(), self.eof)
            } else {
                avail[scan_from..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|i| scan_from + i + 1)
            };
            let cut = match (cut, limit) {
                (Some(c), Some(l)) if c > l => Some(limit_cut(avail, l, self.codec)),
                (None, Some(l)) if avail.len() >= l => Some(limit_cut(avail, l, self.codec)),
                (c, _) => c,
            };
            if let Some(c) = cut {
                let line = avail[..c].to_vec();
                self.rpos += c;
                return Ok(line);
            }
            scan_from = avail.len().saturating_sub(1);
            if self.fill()? == 0 {
                let line = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(line);
            }
        }
    }

    /// The logical position (bytes) of the next read or write.
    pub fn tell(&mut self) -> std::io::Result<u64> {
        if self.transcoded {
            // the position in the encoded file of the text consumed so far
            let text = String::from_utf8_lossy(&self.rbuf[..self.rpos]);
            let wide32 = self.enc_name.starts_with("utf-32");
            let units: u64 = text
                .chars()
                .map(|c| {
                    if wide32 {
                        4
                    } else if (c as u32) > 0xFFFF {
                        4
                    } else {
                        2
                    }
                })
                .sum();
            return Ok(self.transcode_start + units);
        }
        let raw = self.raw_seek(SeekFrom::Current(0))?;
        let unread = if self.transcoded {
            0
        } else {
            (self.rbuf.len() - self.rpos) as u64
        };
        Ok(raw - unread + self.wbuf.len() as u64)
    }

    pub fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.flush()?;
        let to = match to {
            SeekFrom::Current(d) if !self.transcoded => SeekFrom::Current(d - (self.rbuf.len() - self.rpos) as i64),
            other => other,
        };
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        self.transcoded = false;
        let r = self.raw_seek(to)?;
        if r == 0 && self.codec == Codec::Utf8Sig {
            self.bom_pending = true;
        }
        Ok(r)
    }

    pub fn truncate(&mut self, size: Option<u64>) -> std::io::Result<u64> {
        self.flush()?;
        let pos = self.tell()?;
        let size = size.unwrap_or(pos);
        match &mut self.raw {
            Raw::Fd(f) => f.set_len(size)?,
            Raw::Memory(buf, _) => {
                if (size as usize) < buf.len() {
                    buf.truncate(size as usize);
                }
            }
            _ => return Err(std::io::Error::from_raw_os_error(22)),
        }
        Ok(size)
    }

    pub fn close(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush();
        self.closed = true;
        self.rbuf = Vec::new();
        // a wrapper closes the stream it wraps (TextIOWrapper.close() closes its buffer)
        if let Raw::Inner(inner) = &self.raw {
            if let Ok(mut i) = inner.try_borrow_mut() {
                let _ = i.close();
            }
        }
        if let Raw::Fd(_) = &self.raw {
            let old = std::mem::replace(&mut self.raw, Raw::Memory(Vec::new(), 0));
            if let Raw::Fd(f) = old {
                if self.closefd {
                    drop(f); // closes the descriptor
                } else {
                    use std::os::unix::io::IntoRawFd;
                    let _ = f.into_raw_fd();
                }
            }
        }
        r
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.flush();
        if !self.closefd && matches!(self.raw, Raw::Fd(_)) {
            if let Raw::Fd(f) = std::mem::replace(&mut self.raw, Raw::Memory(Vec::new(), 0)) {
                use std::os::unix::io::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
    }
}

/// A cut of `avail` at `limit` bytes that does not split a UTF-8 sequence.
fn limit_cut(avail: &[u8], limit: usize, codec: Codec) -> usize {
    let mut c = limit.min(avail.len());
    if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) {
        // limit counts characters: advance over continuation bytes of the characters taken
        let mut chars = 0;
        let mut i = 0;
        while i < avail.len() && chars < limit {
            i += 1;
            while i < avail.len() && (avail[i] & 0xC0) == 0x80 {
                i += 1;
            }
            chars += 1;
        }
        c = i;
    }
    c
}

/// Where the first line of `buf` ends (exclusive, terminator included), or None when more data
/// is needed to know. `from` is where scanning may resume.
pub fn find_text_line_end(buf: &[u8], from: usize, newline: Option<&str>, eof: bool) -> Option<usize> {
    match newline {
        None | Some("") => {
            let i = from + buf[from..].iter().position(|&b| b == b'\n' || b == b'\r')?;
            if buf[i] == b'\n' {
                return Some(i + 1);
            }
            if i + 1 < buf.len() {
                Some(if buf[i + 1] == b'\n' { i + 2 } else { i + 1 })
            } else if eof {
                Some(i + 1)
            } else {
                None
            }
        }
        Some("\r") => buf[from..].iter().position(|&b| b == b'\r').map(|i| from + i + 1),
        Some("\r\n") => buf[from..].windows(2).position(|w| w == b"\r\n").map(|i| from + i + 2),
        _ => buf[from..].iter().position(|&b| b == b'\n').map(|i| from + i + 1),
    }
}

/// Universal-newline translation of decoded text (\r\n and \r become \n).
pub fn translate_newlines(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\r') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
}
