//! The text-processing methods of `str` (split, strip, find, replace, case mapping, ...).

use super::str::{arg_str, this_str};
use crate::error::*;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(this_str(vm, &args, "upper")?.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::string(this_str(vm, &args, "lower")?.to_lowercase()))
}

fn strip_chars(vm: &Vm, args: &Args) -> PyResult<Option<Vec<char>>> {
    match args.pos().get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(arg_str(vm, v, "strip arg")?.chars().collect())),
    }
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "strip")?;
    Ok(Value::str(match strip_chars(vm, &args)? {
        None => s.trim(),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    }))
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "lstrip")?;
    Ok(Value::str(match strip_chars(vm, &args)? {
        None => s.trim_start(),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    }))
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "rstrip")?;
    Ok(Value::str(match strip_chars(vm, &args)? {
        None => s.trim_end(),
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
    }))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "split")?;
    let p = args.pos();
    let sep = p.get(1).or(args.kwarg("sep")).cloned().unwrap_or(Value::None);
    let maxsplit = match p.get(2).or(args.kwarg("maxsplit")) {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let parts: Vec<Value> = if sep.is_none() {
        let mut out = Vec::new();
        let mut rest = s.trim_start();
        let mut n = 0;
        while !rest.is_empty() {
            if maxsplit >= 0 && n >= maxsplit {
                out.push(Value::str(rest));
                break;
            }
            match rest.find(char::is_whitespace) {
                Some(i) => {
                    out.push(Value::str(&rest[..i]));
                    rest = rest[i..].trim_start();
                    n += 1;
                }
                None => {
                    out.push(Value::str(rest));
                    break;
                }
            }
        }
        out
    } else {
        let sep = arg_str(vm, &sep, "must be str or None")?;
        if sep.is_empty() {
            return Err(value_error("empty separator"));
        }
        if maxsplit < 0 {
            s.split(sep).map(Value::str).collect()
        } else {
            s.splitn(maxsplit as usize + 1, sep).map(Value::str).collect()
        }
    };
    Ok(vm.new_list(parts))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "replace")?;
    let p = args.pos();
    if p.len() < 3 {
        return Err(type_error(format!("replace expected at least 2 arguments, got {}", p.len() - 1)));
    }
    let old = arg_str(vm, &p[1], "replace() argument 1")?.to_string();
    let new = arg_str(vm, &p[2], "replace() argument 2")?.to_string();
    let count = match p.get(3) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    if count < 0 {
        return Ok(Value::string(s.replace(&old, &new)));
    }
    Ok(Value::string(s.replacen(&old, &new, count as usize)))
}

fn affix_check(vm: &mut Vm, args: &Args, name: &str, start: bool) -> PyResult<Value> {
    let s = this_str(vm, args, name)?;
    let p = args.pos();
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let a = match p.get(2) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => 0 };
    let b = match p.get(3) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => n };
    if a > b {
        return Ok(Value::Bool(false));
    }
    let sub: String = chars[a as usize..b as usize].iter().collect();
    let check = |x: &str| if start { sub.starts_with(x) } else { sub.ends_with(x) };
    match &p[1] {
        Value::Obj(o) if matches!(&**o, Obj::Tuple(_)) => {
            for x in vm.iterate(&p[1])? {
                let xs = x.as_str().ok_or_else(|| type_error(format!("tuple for {} must only contain str, not {}", name, vm.type_name(&x))))?;
                if check(xs) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        v => match v.as_str() {
            Some(x) => Ok(Value::Bool(check(x))),
            None => Err(type_error(format!("{} first arg must be str or a tuple of str, not {}", name, vm.type_name(v)))),
        },
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_check(vm, &args, "endswith", false)
}

/// Character-index search of `sub` in `s[start:end]`.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let s = this_str(vm, args, name)?;
    let p = args.pos();
    let sub = arg_str(vm, p.get(1).ok_or_else(|| type_error(format!("{}() takes at least 1 argument (0 given)", name)))?, "must be str")?.to_string();
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let a = match p.get(2) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => 0 };
    let b = match p.get(3) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => n };
    if a > b {
        return Ok(-1);
    }
    let hay: String = chars[a as usize..b as usize].iter().collect();
    let found = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(match found {
        Some(byte) => a + hay[..byte].chars().count() as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "count")?;
    let p = args.pos();
    let sub = arg_str(vm, &p[1], "must be str")?.to_string();
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let a = match p.get(2) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => 0 };
    let b = match p.get(3) { Some(v) if !v.is_none() => norm(vm.index_value(v)?), _ => n };
    if a > b {
        return Ok(Value::Int(0));
    }
    let hay: String = chars[a as usize..b as usize].iter().collect();
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(&sub).count() as i64))
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "encode")?;
    let p = args.pos();
    let enc = p.get(1).or(args.kwarg("encoding")).and_then(|v| v.as_str()).unwrap_or("utf-8").to_string();
    let errors = p.get(2).or(args.kwarg("errors")).and_then(|v| v.as_str()).unwrap_or("strict").to_string();
    crate::types::bytes::encode(vm, &s, &enc, &errors)
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isdigit")?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()))))
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isalpha")?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(char::is_alphabetic)))
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this_str(vm, &args, "isspace")?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(char::is_whitespace)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_method(&t, "upper", upper);
    vm.add_method(&t, "lower", lower);
    vm.add_method(&t, "strip", strip);
    vm.add_method(&t, "lstrip", lstrip);
    vm.add_method(&t, "rstrip", rstrip);
    vm.add_method(&t, "split", split);
    vm.add_method(&t, "replace", replace);
    vm.add_method(&t, "startswith", startswith);
    vm.add_method(&t, "endswith", endswith);
    vm.add_method(&t, "find", find);
    vm.add_method(&t, "rfind", rfind);
    vm.add_method(&t, "index", index);
    vm.add_method(&t, "rindex", rindex);
    vm.add_method(&t, "count", count);
    vm.add_method(&t, "encode", encode);
    vm.add_method(&t, "isdigit", isdigit);
    vm.add_method(&t, "isalpha", isalpha);
    vm.add_method(&t, "isspace", isspace);
}
