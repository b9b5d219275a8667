//! Native methods and attributes of the concrete stream classes (TextIOWrapper, Buffered*,
//! FileIO, StringIO, BytesIO), all backed by one `FileObj`.

use super::file::{translate_newlines, Codec, FileObj, Kind};
use super::{closed_err, file_cell, io_error, unsupported, FileCell};
use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefMut;
use std::io::SeekFrom;

/// The stream behind `self` and whether it is used as text.
pub fn this<'a>(args: &Args<'a>) -> PyResult<(&'a FileCell, bool)> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs a stream object"))?;
    match file_cell(v) {
        Some(c) => {
            let text = !c.binary_view && (c.text_view || c.f.borrow().is_text());
            Ok((c, text))
        }
        None => Err(type_error("descriptor requires a stream object")),
    }
}

/// The stream state for `method`, or the error CPython gives for that method on a closed
/// stream of this class.
fn open_stream<'a>(vm: &mut Vm, c: &'a FileCell, method: &str) -> PyResult<RefMut<'a, FileObj>> {
    let f =
        c.f.try_borrow_mut()
            .map_err(|_| runtime_error("reentrant call inside stream"))?;
    if f.closed {
        let kind = if c.binary_view { Kind::BufferedRandom } else { f.kind };
        match super::closed::closed_message(kind, method) {
            None => {}
            Some(m) if m.starts_with('!') => {
                drop(f);
                return Err(unsupported(vm, &m[1..]));
            }
            Some(m) => return Err(value_error(m)),
        }
    }
    Ok(f)
}

fn ioerr(vm: &mut Vm, e: std::io::Error) -> PyErr {
    io_error(vm, &e, None, None)
}

fn size_arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PyResult<i64> {
    match args.pos().get(i).or_else(|| args.kwarg(name)) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return Err(type_error("argument should be integer or None, not 'float'"));
            }
            vm.index_value(v)
        }
    }
}

fn check_readable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if !f.readable {
        return Err(unsupported(
            vm,
            if f.is_text() || f.kind != Kind::FileIO {
                "not readable"
            } else {
                "File not open for reading"
            },
        ));
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if !f.writable {
        return Err(unsupported(
            vm,
            if f.kind == Kind::FileIO {
                "File not open for writing"
            } else {
                "not writable"
            },
        ));
    }
    Ok(())
}

/// Decode raw bytes of a text stream (and translate newlines in universal mode).
fn decode_text(vm: &mut Vm, f: &FileObj, b: &[u8]) -> PyResult<Value> {
    let s: String = match f.codec {
        Codec::Utf8 | Codec::Utf8Sig | Codec::Wide => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) if f.codec == Codec::Wide => String::from_utf8_lossy(b).into_owned(),
            Err(_) => {
                let v = crate::types::bytes::decode(vm, b, "utf-8", &f.errors)?;
                v.as_str().unwrap_or("").to_string()
            }
        },
        Codec::SingleByte => {
            let v = crate::types::bytes::decode(vm, b, &f.enc_name, &f.errors)?;
            v.as_str().unwrap_or("").to_string()
        }
    };
    if f.newline.is_none() {
        note_newlines(f, &s);
        if let std::borrow::Cow::Owned(t) = translate_newlines(&s) {
            return Ok(Value::string(t));
        }
    }
    Ok(Value::string(s))
}

/// Remember which newline kinds universal-newline reading has met (`.newlines`).
fn note_newlines(f: &FileObj, s: &str) {
    if !s.contains('\r') && !s.contains('\n') {
        return;
    }
    let b = s.as_bytes();
    let mut seen = f.seen_newlines.get();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 1,
            b'\n' => seen |= 2,
            _ => {}
        }
        i += 1;
    }
    f.seen_newlines.set(seen);
}

/// Encode text for a text stream (newline translation, codec, BOM at the start).
fn encode_text(vm: &mut Vm, f: &mut FileObj, s: &str) -> PyResult<Vec<u8>> {
    let s: std::borrow::Cow<str> = match f.newline.as_deref() {
        Some("\r") => s.replace('\n', "\r").into(),
        Some("\r\n") => s.replace('\n', "\r\n").into(),
        None if f.kind == Kind::StringIO => translate_newlines(s),
        _ => s.into(),
    };
    let at_start = f.bom_pending && f.tell().map(|p| p == 0).unwrap_or(false);
    f.bom_pending = false;
    match f.codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(s.len() + 3);
            if at_start {
                out.extend_from_slice(b"\xef\xbb\xbf");
            }
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::SingleByte => {
            let v = crate::types::bytes::encode(vm, &s, &f.enc_name, &f.errors)?;
            Ok(crate::types::bytes::bytes_like(&v).unwrap_or_default())
        }
        Codec::Wide => {
            let name = if at_start || f.enc_name.ends_with("le") || f.enc_name.ends_with("be") {
                f.enc_name.clone()
            } else {
                format!("{}-le", f.enc_name)
            };
            let v = crate::types::bytes::encode(vm, &s, &name, &f.errors)?;
            Ok(crate::types::bytes::bytes_like(&v).unwrap_or_default())
        }
    }
}

/// Before a text read: skip a BOM; transcode a UTF-16/32 stream to UTF-8 as a whole.
fn prepare_text_read(vm: &mut Vm, f: &mut FileObj) -> PyResult<()> {
    f.start_text_read().map_err(|e| ioerr(vm, e))?;
    if f.codec == Codec::Wide && !f.transcoded {
        let start = f.tell().unwrap_or(0);
        let data = f.read_all().map_err(|e| ioerr(vm, e))?;
        let bom = if data.starts_with(b"\xff\xfe\x00\x00") || data.starts_with(b"\x00\x00\xfe\xff") {
            if f.enc_name == "utf-32" {
                4
            } else {
                2
            }
        } else if (data.starts_with(b"\xff\xfe") || data.starts_with(b"\xfe\xff")) && f.enc_name == "utf-16" {
            2
        } else {
            0
        };
        f.transcode_start = start + bom;
        let v = crate::types::bytes::decode(vm, &data, &f.enc_name, &f.errors)?;
        f.rbuf = v.as_str().unwrap_or("").as_bytes().to_vec();
        f.rpos = 0;
        f.transcoded = true;
        f.eof = true;
    }
    Ok(())
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Obj::Bytes(b.into_boxed_slice()))
}

/// n characters of a text stream (universal newlines count \r\n as one).
fn take_chars(vm: &mut Vm, f: &mut FileObj, n: usize) -> PyResult<Vec<u8>> {
    let wide = matches!(f.codec, Codec::Utf8 | Codec::Utf8Sig | Codec::Wide);
    loop {
        let avail = f.available();
        let mut i = 0;
        let mut chars = 0;
        let mut need_more = false;
        while i < avail.len() && chars < n {
            let b = avail[i];
            let len = if !wide || b < 0x80 {
                1
            } else if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            };
            if i + len > avail.len() {
                need_more = true;
                break;
            }
            if b == b'\r' && f.newline.is_none() {
                if i + 1 == avail.len() {
                    need_more = true;
                    break;
                }
                if avail[i + 1] == b'\n' {
                    i += 1;
                }
            }
            i += len;
            chars += 1;
        }
        if chars >= n || (!need_more && i >= avail.len() && f.eof) || (need_more && f.eof) {
            if need_more && f.eof {
                i = avail.len();
            }
            let out = avail[..i].to_vec();
            f.rpos += i;
            return Ok(out);
        }
        if f.fill().map_err(|e| ioerr(vm, e))? == 0 {
            let out = f.available().to_vec();
            f.rpos = f.rbuf.len();
            return Ok(out);
        }
    }
}

fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let n = size_arg(vm, &args, 1, "size")?;
    let mut f = open_stream(vm, c, "read")?;
    check_readable(vm, &f)?;
    if text {
        prepare_text_read(vm, &mut f)?;
        let data = if n < 0 {
            f.read_all().map_err(|e| ioerr(vm, e))?
        } else {
            take_chars(vm, &mut f, n as usize)?
        };
        return decode_text(vm, &f, &data);
    }
    let data = if n < 0 {
        f.read_all()
    } else if f.kind == Kind::FileIO {
        f.read_some(n as usize)
    } else {
        f.read_n(n as usize)
    }
    .map_err(|e| ioerr(vm, e))?;
    Ok(bytes_value(data))
}

fn f_read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let n = size_arg(vm, &args, 1, "size")?;
    let mut f = open_stream(vm, c, "read1")?;
    check_readable(vm, &f)?;
    let n = if n < 0 { 1 << 16 } else { n as usize };
    let data = f.read_some(n).map_err(|e| ioerr(vm, e))?;
    Ok(bytes_value(data))
}

fn f_readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let target = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("readinto() takes exactly one argument (0 given)"))?;
    let cap = match crate::types::bytes::bytes_like(&vm.unwrap_builtin(&target)) {
        Some(b) => b.len(),
        None => vm
            .call_method(&target, "__len__", &[])
            .and_then(|v| vm.index_value(&v))
            .unwrap_or(0) as usize,
    };
    let data = {
        let mut f = open_stream(vm, c, "readinto")?;
        check_readable(vm, &f)?;
        f.read_n(cap).map_err(|e| ioerr(vm, e))?
    };
    let n = data.len();
    let sl = Value::obj(Obj::Slice(Box::new([Value::Int(0), Value::Int(n as i64), Value::None])));
    vm.setitem(&target, sl, bytes_value(data))?;
    Ok(Value::Int(n as i64))
}

fn limit_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    let n = size_arg(vm, args, 1, "size")?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

fn read_line_value(vm: &mut Vm, c: &FileCell, text: bool, limit: Option<usize>) -> PyResult<Value> {
    let mut f = open_stream(vm, c, "readline")?;
    check_readable(vm, &f)?;
    if text {
        prepare_text_read(vm, &mut f)?;
        if limit == Some(0) {
            return Ok(Value::str(""));
        }
        let line = f.read_line(limit, text).map_err(|e| ioerr(vm, e))?;
        return decode_text(vm, &f, &line);
    }
    if limit == Some(0) {
        return Ok(bytes_value(Vec::new()));
    }
    let line = f.read_line(limit, text).map_err(|e| ioerr(vm, e))?;
    Ok(bytes_value(line))
}

fn f_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let limit = limit_arg(vm, &args)?;
    read_line_value(vm, c, text, limit)
}

fn is_empty(v: &Value) -> bool {
    match v.as_obj() {
        Some(Obj::Str(s)) => s.char_len() == 0,
        Some(Obj::Bytes(b)) => b.is_empty(),
        _ => false,
    }
}

fn f_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let hint = size_arg(vm, &args, 1, "hint")?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_line_value(vm, c, text, None)?;
        if is_empty(&line) {
            break;
        }
        total += match line.as_obj() {
            Some(Obj::Str(s)) => s.char_len(),
            Some(Obj::Bytes(b)) => b.len(),
            _ => 0,
        };
        lines.push(line);
        let kind = c.f.borrow().kind;
        if hint > 0 && (total > hint as usize || kind == Kind::BytesIO && total >= hint as usize) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `next(stream)` without the method call: the next line, or None at the end.
pub fn stream_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let args = [it.clone()];
    let (c, text) = this(&Args::new(&args))?;
    let line = read_line_value(vm, c, text, None)?;
    Ok(if is_empty(&line) { None } else { Some(line) })
}

fn f_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let line = read_line_value(vm, c, text, None)?;
    if is_empty(&line) {
        return Err(stop_iteration(Value::None));
    }
    Ok(line)
}

fn f_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    drop(open_stream(vm, c, "__iter__")?);
    Ok(args.pos()[0].clone())
}

fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let data = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("write() takes exactly one argument (0 given)"))?;
    let mut f = open_stream(vm, c, "write")?;
    check_writable(vm, &f)?;
    if text {
        let s = match data.as_str() {
            Some(s) => s.to_string(),
            None => {
                let u = vm.unwrap_builtin(&data);
                match u.as_str() {
                    Some(s) => s.to_string(),
                    None => {
                        if f.kind == Kind::StringIO {
                            return Err(type_error(format!(
                                "string argument expected, got '{}'",
                                vm.type_name(&data)
                            )));
                        }
                        return Err(type_error(format!(
                            "write() argument must be str, not {}",
                            vm.type_name(&data)
                        )));
                    }
                }
            }
        };
        let bytes = encode_text(vm, &mut f, &s)?;
        f.write_bytes(&bytes).map_err(|e| ioerr(vm, e))?;
        if f.line_buffered && (s.contains('\n') || s.contains('\r')) {
            f.flush().map_err(|e| ioerr(vm, e))?;
        }
        return Ok(Value::Int(s.chars().count() as i64));
    }
    let b = match crate::types::bytes::bytes_like(&vm.unwrap_builtin(&data)) {
        Some(b) => b,
        None => match data.as_obj() {
            Some(Obj::Str(_)) | None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&data)
                )))
            }
            _ => {
                drop(f);
                let v = vm
                    .call_value(&Value::Obj(vm.types.bytes.clone()), &[data.clone()])
                    .map_err(|_| {
                        type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(&data)
                        ))
                    })?;
                f = open_stream(vm, c, "write")?;
                crate::types::bytes::bytes_like(&v).unwrap_or_default()
            }
        },
    };
    f.write_bytes(&b).map_err(|e| ioerr(vm, e))?;
    Ok(Value::Int(b.len() as i64))
}

fn f_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    if p.len() != 2 {
        return Err(type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let (c, _) = this(&args)?;
    if c.f.borrow().closed {
        return Err(closed_err());
    }
    let it = vm.get_iter(&p[1])?;
    while let Some(line) = vm.next(&it)? {
        f_write(vm, Args::new(&[p[0].clone(), line]))?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = open_stream(vm, c, "flush")?;
    f.flush().map_err(|e| ioerr(vm, e))?;
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = c.f.borrow_mut();
    if matches!(f.raw, super::Raw::Stdout | super::Raw::Stderr | super::Raw::Stdin) {
        let _ = f.flush();
        f.closed = true;
        return Ok(Value::None);
    }
    f.close().map_err(|e| ioerr(vm, e))?;
    Ok(Value::None)
}

fn f_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    drop(open_stream(vm, c, "__enter__")?);
    Ok(args.pos()[0].clone())
}

fn f_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    vm.call_method(&me, "close", &[])?;
    Ok(Value::None)
}

fn f_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = open_stream(vm, c, "isatty")?;
    if f.is_memory() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(super::is_tty(f.fileno())))
}

fn f_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = open_stream(vm, c, "fileno")?;
    if f.is_memory() {
        drop(f);
        return Err(unsupported(vm, "fileno"));
    }
    Ok(Value::Int(f.fileno() as i64))
}

fn f_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = open_stream(vm, c, "readable")?;
    let _ = vm;
    Ok(Value::Bool(f.readable))
}

fn f_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = open_stream(vm, c, "writable")?;
    Ok(Value::Bool(f.writable))
}

fn f_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = open_stream(vm, c, "seekable")?;
    Ok(Value::Bool(f.raw_seekable()))
}

/// Character index of byte offset `b` in UTF-8 `data` (StringIO positions).
fn char_index(data: &[u8], b: usize) -> usize {
    let b = b.min(data.len());
    data[..b].iter().filter(|&&x| (x & 0xC0) != 0x80).count()
}

fn byte_index(data: &[u8], chars: usize) -> usize {
    let mut seen = 0;
    for (i, &x) in data.iter().enumerate() {
        if (x & 0xC0) != 0x80 {
            if seen == chars {
                return i;
            }
            seen += 1;
        }
    }
    data.len() + (chars - seen)
}

fn f_tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = open_stream(vm, c, "tell")?;
    if !f.raw_seekable() {
        drop(f);
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let p = f.tell().map_err(|e| ioerr(vm, e))?;
    if f.kind == Kind::StringIO {
        if let super::Raw::Memory(data, _) = &f.raw {
            return Ok(Value::Int(
                char_index(data, p as usize) as i64 + (p as usize).saturating_sub(data.len()) as i64,
            ));
        }
    }
    Ok(Value::Int(p as i64))
}

fn f_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let p = args.pos();
    let off_v = p
        .get(1)
        .or(args.kwarg("cookie"))
        .or(args.kwarg("pos"))
        .or(args.kwarg("offset"))
        .cloned();
    let off_v = off_v.ok_or_else(|| type_error("seek expected at least 1 argument, got 0"))?;
    if matches!(off_v, Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let off = vm.index_value(&off_v)?;
    let whence = match p.get(2).or(args.kwarg("whence")) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut f = open_stream(vm, c, "seek")?;
    // the in-memory streams have their own rules and messages
    if f.kind == Kind::StringIO && !c.text_view {
        if !(0..=2).contains(&whence) {
            return Err(value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence)));
        }
        if whence == 0 && off < 0 {
            return Err(value_error(format!("Negative seek position {}", off)));
        }
        if whence != 0 && off != 0 {
            drop(f);
            return Err(os_error("Can't do nonzero cur-relative seeks"));
        }
    }
    if f.kind == Kind::BytesIO && !c.text_view {
        if !(0..=2).contains(&whence) {
            return Err(value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)));
        }
        if whence == 0 && off < 0 {
            return Err(value_error(format!("negative seek value {}", off)));
        }
        f.flush().ok();
        let (len, cur) = match &f.raw {
            super::Raw::Memory(d, p) => (d.len() as i64, *p as i64),
            _ => (0, 0),
        };
        let cur = cur - (f.rbuf.len() - f.rpos) as i64;
        let target = match whence {
            0 => off,
            1 => (cur + off).max(0),
            _ => (len + off).max(0),
        };
        let r = f.seek(SeekFrom::Start(target as u64)).map_err(|e| ioerr(vm, e))?;
        return Ok(Value::Int(r as i64));
    }
    if !f.raw_seekable() {
        drop(f);
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let to = match whence {
        0 => {
            if off < 0 {
                return Err(value_error(format!("negative seek position {}", off)));
            }
            SeekFrom::Start(off as u64)
        }
        1 => {
            if text && off != 0 {
                drop(f);
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            SeekFrom::Current(off)
        }
        2 => {
            if text && off != 0 {
                drop(f);
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            SeekFrom::End(off)
        }
        w => {
            if text || f.kind == Kind::StringIO {
                return Err(value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w)));
            }
            return Err(value_error(format!("whence value {} unsupported", w)));
        }
    };
    if f.kind == Kind::StringIO {
        f.flush().ok();
        let target = match (&f.raw, to) {
            (super::Raw::Memory(data, _), SeekFrom::Start(n)) => SeekFrom::Start(byte_index(data, n as usize) as u64),
            (_, other) => other,
        };
        let r = f.seek(target).map_err(|e| ioerr(vm, e))?;
        if let super::Raw::Memory(data, _) = &f.raw {
            let chars = char_index(data, r as usize) + (r as usize).saturating_sub(data.len());
            return Ok(Value::Int(chars as i64));
        }
        return Ok(Value::Int(r as i64));
    }
    let r = f.seek(to).map_err(|e| ioerr(vm, e))?;
    Ok(Value::Int(r as i64))
}

fn f_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let kind = c.f.borrow().kind;
    let size = match args.pos().get(1).or(args.kwarg("size")) {
        Some(v) if !v.is_none() => {
            let n = vm.index_value(v)?;
            if n < 0 {
                return Err(match kind {
                    Kind::StringIO => value_error(format!("Negative size value {}", n)),
                    Kind::BytesIO => value_error(format!("negative size value {}", n)),
                    _ => super::errno_error(vm, libc::EINVAL, None, None),
                });
            }
            Some(n as u64)
        }
        _ => None,
    };
    let requested = size;
    let mut f = open_stream(vm, c, "truncate")?;
    check_writable(vm, &f)?;
    let size = match (size, f.kind, &f.raw) {
        (Some(n), Kind::StringIO, super::Raw::Memory(data, _)) => Some(byte_index(data, n as usize) as u64),
        (s, _, _) => s,
    };
    let r = f.truncate(size).map_err(|e| ioerr(vm, e))?;
    if matches!(f.kind, Kind::StringIO | Kind::BytesIO) {
        if let Some(n) = requested {
            return Ok(Value::Int(n as i64));
        }
        if let super::Raw::Memory(data, _) = &f.raw {
            if f.kind == Kind::StringIO {
                let beyond = (r as usize).saturating_sub(data.len());
                return Ok(Value::Int((char_index(data, r as usize) + beyond) as i64));
            }
        }
    }
    Ok(Value::Int(r as i64))
}

fn f_getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let mut f = open_stream(vm, c, "getvalue")?;
    f.flush().map_err(|e| ioerr(vm, e))?;
    let data = match &f.raw {
        super::Raw::Memory(d, _) => d.clone(),
        _ => Vec::new(),
    };
    if text {
        return Ok(Value::string(String::from_utf8(data).unwrap_or_default()));
    }
    Ok(bytes_value(data))
}

fn f_peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = open_stream(vm, c, "peek")?;
    check_readable(vm, &f)?;
    if f.available().is_empty() {
        f.fill().map_err(|e| ioerr(vm, e))?;
    }
    Ok(bytes_value(f.available().to_vec()))
}

fn f_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    if !text {
        return Err(unsupported(vm, "detach"));
    }
    let buf = p_buffer(vm, args)?;
    c.f.borrow_mut().flush().ok();
    Ok(buf)
}

fn f_reconfigure(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let mut f = c.f.borrow_mut();
    f.flush().ok();
    for (k, v) in args.kw() {
        match k {
            "encoding" if !v.is_none() => {
                let e = v.as_str().unwrap_or("utf-8").to_string();
                super::open::set_encoding(vm, &mut f, &e)?;
            }
            "errors" if !v.is_none() => f.errors = v.as_str().unwrap_or("strict").to_string(),
            "newline" => f.newline = v.as_str().map(String::from),
            "line_buffering" if !v.is_none() => f.line_buffered = vm.is_true(v)?,
            "write_through" if !v.is_none() => f.write_through = vm.is_true(v)?,
            _ => {}
        }
    }
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.pos()[0].clone();
    let (c, text) = this(&args)?;
    let (kind, name, mode, encoding) = {
        let f = c.f.borrow();
        (f.kind, f.name.clone(), f.mode.clone(), f.encoding.clone())
    };
    let cls = vm.class_of(&me);
    let cname = crate::vm::class_name(&cls);
    let module = match crate::types::class::lookup(vm, &cls, "__module__") {
        Some(m) => m.as_str().unwrap_or("_io").to_string(),
        None => "_io".into(),
    };
    let qual = format!("{}.{}", module, cname);
    if matches!(kind, Kind::StringIO | Kind::BytesIO) {
        return Ok(Value::string(format!("<{} object at {:#x}>", qual, me.id())));
    }
    let name_part = if name.is_null() {
        String::new()
    } else {
        format!(" name={}", vm.repr_string(&name)?)
    };
    if text {
        let mode_part = if mode.is_empty() {
            String::new()
        } else {
            format!(" mode='{}'", mode)
        };
        return Ok(Value::string(format!(
            "<{}{}{} encoding='{}'>",
            qual, name_part, mode_part, encoding
        )));
    }
    if kind == Kind::FileIO {
        let closefd = if c.f.borrow().closefd { "True" } else { "False" };
        return Ok(Value::string(format!(
            "<{}{} mode='{}' closefd={}>",
            qual, name_part, mode, closefd
        )));
    }
    Ok(Value::string(format!("<{}{}>", qual, name_part)))
}

// ---- attributes ----

fn p_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let n = c.f.borrow().name.clone();
    if n.is_null() {
        let me = args.pos()[0].clone();
        return Err(attribute_error(format!(
            "'{}' object has no attribute 'name'",
            vm.type_name(&me)
        )));
    }
    Ok(n)
}
fn p_mode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, text) = this(&args)?;
    let f = c.f.borrow();
    if c.binary_view && !text {
        return Ok(Value::string(binary_mode(&f.mode)));
    }
    Ok(Value::str(&f.mode))
}

/// The mode of a text file's binary buffer ('r' -> 'rb', 'w+' -> 'rb+').
fn binary_mode(m: &str) -> String {
    let base = if m.contains('r') && m.contains('+') {
        "rb+"
    } else if m.contains('w') && m.contains('+') {
        "rb+"
    } else if m.contains('a') && m.contains('+') {
        "ab+"
    } else if m.contains('r') {
        "rb"
    } else if m.contains('a') {
        "ab"
    } else if m.contains('x') {
        "xb"
    } else {
        "wb"
    };
    base.to_string()
}

fn p_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    Ok(Value::Bool(c.f.borrow().closed))
}
fn p_encoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = c.f.borrow();
    if f.kind == Kind::StringIO {
        return Ok(Value::None);
    }
    Ok(Value::str(&f.encoding))
}
fn p_errors(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let f = c.f.borrow();
    if f.kind == Kind::StringIO {
        return Ok(Value::None);
    }
    Ok(Value::str(&f.errors))
}
fn p_newlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let seen = c.f.borrow().seen_newlines.get();
    let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => vm.new_tuple(kinds),
    })
}
fn p_line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let b = c.f.borrow().line_buffered;
    Ok(Value::Bool(b))
}
fn p_write_through(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let b = c.f.borrow().write_through;
    Ok(Value::Bool(b))
}
fn p_closefd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let b = c.f.borrow().closefd;
    Ok(Value::Bool(b))
}

/// `text_file.buffer` / `buffered.raw`: a binary view of the same stream.
fn p_buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    if !c.parent.is_null() {
        return Ok(c.parent.clone());
    }
    let kind = {
        let f = c.f.borrow();
        match (f.readable, f.writable) {
            (true, true) => Kind::BufferedRandom,
            (true, false) => Kind::BufferedReader,
            _ => Kind::BufferedWriter,
        }
    };
    let cls = super::io_class(vm, super::class_name_of(kind));
    Ok(Value::obj(Obj::File(Box::new(FileCell {
        cls,
        f: c.f.clone(),
        binary_view: true,
        text_view: false,
        parent: Value::Null,
    }))))
}

fn p_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, _) = this(&args)?;
    let cls = super::io_class(vm, "FileIO");
    Ok(Value::obj(Obj::File(Box::new(FileCell {
        cls,
        f: c.f.clone(),
        binary_view: true,
        text_view: false,
        parent: Value::Null,
    }))))
}

fn property(vm: &mut Vm, cls: &crate::value::ObjRef, name: &'static str, f: NativeFn) {
    let getter = vm.new_native(name, f);
    let p = Value::obj(Obj::Property(Box::new(Property {
        fget: std::cell::RefCell::new(getter),
        fset: std::cell::RefCell::new(Value::None),
        fdel: std::cell::RefCell::new(Value::None),
        doc: std::cell::RefCell::new(Value::None),
    })));
    vm.set_class_attr(cls, name, p);
}

/// Install the stream methods on a concrete class.
pub fn install(vm: &mut Vm, cls: &crate::value::ObjRef, kind: Kind) {
    let common: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("fileno", f_fileno),
        ("isatty", f_isatty),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
        ("__repr__", f_repr),
    ];
    for (n, f) in common {
        vm.add_method(cls, n, *f);
    }
    property(vm, cls, "closed", p_closed);
    match kind {
        Kind::TextIOWrapper => {
            vm.add_method(cls, "reconfigure", f_reconfigure);
            vm.add_method(cls, "detach", f_detach);
            property(vm, cls, "name", p_name);
            property(vm, cls, "mode", p_mode);
            property(vm, cls, "encoding", p_encoding);
            property(vm, cls, "errors", p_errors);
            property(vm, cls, "newlines", p_newlines);
            property(vm, cls, "buffer", p_buffer);
            property(vm, cls, "line_buffering", p_line_buffering);
            property(vm, cls, "write_through", p_write_through);
        }
        Kind::StringIO => {
            vm.add_method(cls, "getvalue", f_getvalue);
            property(vm, cls, "encoding", p_encoding);
            property(vm, cls, "errors", p_errors);
            property(vm, cls, "newlines", p_newlines);
            property(vm, cls, "line_buffering", p_line_buffering);
        }
        Kind::BytesIO => {
            vm.add_method(cls, "getvalue", f_getvalue);
            vm.add_method(cls, "getbuffer", f_getvalue);
            vm.add_method(cls, "read1", f_read1);
            vm.add_method(cls, "readinto", f_readinto);
            vm.add_method(cls, "readinto1", f_readinto);
        }
        Kind::FileIO => {
            vm.add_method(cls, "readinto", f_readinto);
            vm.add_method(cls, "readall", f_read);
            property(vm, cls, "name", p_name);
            property(vm, cls, "mode", p_mode);
            property(vm, cls, "closefd", p_closefd);
        }
        _ => {
            vm.add_method(cls, "read1", f_read1);
            vm.add_method(cls, "readinto", f_readinto);
            vm.add_method(cls, "readinto1", f_readinto);
            vm.add_method(cls, "peek", f_peek);
            vm.add_method(cls, "detach", f_detach);
            property(vm, cls, "name", p_name);
            property(vm, cls, "mode", p_mode);
            property(vm, cls, "raw", p_raw);
        }
    }
}
