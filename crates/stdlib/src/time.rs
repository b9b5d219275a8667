//! The `time` module: clocks, sleeping, and conversions between seconds since the epoch,
//! `struct_time` and text, through the C library as CPython does (so local time, time zones and
//! `strftime` directives behave identically).

use pyrite_vm::error::*;
use pyrite_vm::object::Obj;
use pyrite_vm::types::structseq::{structseq_class, structseq_new};
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn struct_time_cls(vm: &mut Vm) -> ObjRef {
    if let Some(c) = vm.cached_classes.get("time.struct_time") {
        return c.clone();
    }
    let c = structseq_class(
        vm,
        "time.struct_time",
        &[
            "tm_year",
            "tm_mon",
            "tm_mday",
            "tm_hour",
            "tm_min",
            "tm_sec",
            "tm_wday",
            "tm_yday",
            "tm_isdst",
            "tm_zone",
            "tm_gmtoff",
        ],
        9,
    );
    vm.cached_classes.insert("time.struct_time", c.clone());
    c
}

fn now_f64() -> f64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

fn time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(now_f64()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
}

fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: ts is a valid out-pointer.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

fn clock_f(id: libc::clockid_t) -> Value {
    let (s, n) = clock(id);
    Value::Float(s as f64 + n as f64 * 1e-9)
}

fn clock_ns(id: libc::clockid_t) -> Value {
    let (s, n) = clock(id);
    Value::Int(s * 1_000_000_000 + n)
}

fn monotonic(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(clock_f(libc::CLOCK_MONOTONIC))
}
fn monotonic_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(clock_ns(libc::CLOCK_MONOTONIC))
}
fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(clock_f(libc::CLOCK_PROCESS_CPUTIME_ID))
}
fn process_time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID))
}
fn thread_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(clock_f(libc::CLOCK_THREAD_CPUTIME_ID))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| type_error("sleep() takes exactly one argument (0 given)"))?;
    let secs = match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        _ => {
            if matches!(v.as_obj(), Some(Obj::Str(_))) {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
            pyrite_vm::types::float::float_from_value(vm, v)?
        }
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    pyrite_vm::io::flush_all();
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    // Sleep in slices so Ctrl-C interrupts promptly.
    loop {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
        pyrite_vm::signals::check(vm)?;
    }
    Ok(Value::None)
}

/// The seconds argument of gmtime/localtime/ctime (None: now).
fn secs_arg(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    match args.pos().first() {
        None | Some(Value::None) => Ok(now_f64().floor() as i64),
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() || f.abs() > 1e18 {
                return Err(overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.trunc() as i64)
        }
        Some(v) => {
            let f = pyrite_vm::types::float::float_from_value(vm, v)?;
            Ok(f.trunc() as i64)
        }
    }
}

fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> Value {
    let cls = struct_time_cls(vm);
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: tm_zone points at a NUL-terminated zone abbreviation.
        Value::string(
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    let vals = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff as i64),
    ];
    structseq_new(vm, &cls, vals)
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &args)? as libc::time_t;
    // SAFETY: tm is plain data filled by gmtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(vm, &tm))
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &args)? as libc::time_t;
    // SAFETY: tm is plain data filled by localtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(vm, &tm))
}

/// A struct_time or 9-tuple as a C `struct tm` (checked as CPython checks it).
fn tuple_to_tm(vm: &mut Vm, v: &Value, func: &str) -> PyResult<libc::tm> {
    let base = vm.unwrap_builtin(v);
    let items = match base.as_obj() {
        Some(Obj::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error(format!("Tuple or struct_time argument required"))),
    };
    if items.len() != 9 {
        return Err(type_error(format!("{}(): illegal time tuple argument", func)));
    }
    let mut n = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        n[i] = match x {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Float(_) => return Err(type_error("'float' object cannot be interpreted as an integer")),
            _ => vm.index_value(x)?,
        };
    }
    // SAFETY: tm is plain data.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (n[0] - 1900) as i32;
    tm.tm_mon = (n[1] - 1) as i32;
    tm.tm_mday = n[2] as i32;
    tm.tm_hour = n[3] as i32;
    tm.tm_min = n[4] as i32;
    tm.tm_sec = n[5] as i32;
    tm.tm_wday = ((n[6] + 1) % 7) as i32;
    tm.tm_yday = (n[7] - 1) as i32;
    tm.tm_isdst = n[8] as i32;
    // zone fields of a struct_time carry over
    if let Some(Obj::Instance(_)) = v.as_obj() {
        if let Ok(off) = vm.getattr(v, &Value::str("tm_gmtoff")) {
            if let Value::Int(o) = off {
                tm.tm_gmtoff = o as _;
            }
        }
    }
    Ok(tm)
}

fn check_tm(tm: &mut libc::tm, func: &str) -> PyResult<()> {
    let _ = func;
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}

fn now_tm() -> libc::tm {
    let t = now_f64().floor() as libc::time_t;
    // SAFETY: tm is plain data filled by localtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    unsafe { libc::localtime_r(&t, &mut tm) };
    tm
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.pos();
    let fmt = match p.first().and_then(|v| v.as_str()) {
        Some(f) => f.to_string(),
        None => {
            let t = p.first().map(|v| vm.type_name(v)).unwrap_or_default();
            return Err(type_error(format!("strftime() argument 1 must be str, not {}", t)));
        }
    };
    let mut tm = match p.get(1) {
        Some(v) => {
            let mut tm = tuple_to_tm(vm, v, "strftime")?;
            check_tm(&mut tm, "strftime")?;
            tm
        }
        None => now_tm(),
    };
    if tm.tm_isdst < -1 {
        tm.tm_isdst = -1;
    } else if tm.tm_isdst > 1 {
        tm.tm_isdst = 1;
    }
    Ok(Value::string(c_strftime(&fmt, &tm)?))
}

/// Format with the C library's strftime (CPython's behaviour, locale "C").
pub fn c_strftime(fmt: &str, tm: &libc::tm) -> PyResult<String> {
    if fmt.is_empty() {
        return Ok(String::new());
    }
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    // A trailing lone '%' is kept as is, like glibc does.
    let c = std::ffi::CString::new(fmt).unwrap_or_default();
    let mut size = 1024usize.max(fmt.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; c and tm are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, c.as_ptr(), tm) };
        if n > 0 || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| type_error("time.mktime() takes exactly one argument (0 given)"))?;
    let mut tm = tuple_to_tm(vm, v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tm = match args.pos().first() {
        Some(v) => {
            let mut tm = tuple_to_tm(vm, v, "asctime")?;
            check_tm(&mut tm, "asctime")?;
            tm
        }
        None => now_tm(),
    };
    Ok(Value::string(asctime_of(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = secs_arg(vm, &args)? as libc::time_t;
    // SAFETY: tm is plain data filled by localtime_r.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: valid pointers.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Value::string(asctime_of(&tm)))
}

fn strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // the parser lives with datetime's (Python) implementation
    let m = vm.import_one("datetime")?;
    let f = vm.getattr(&m, &Value::str("_strptime_time"))?;
    vm.call_value(&f, args.pos())
}

fn tzset(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    extern "C" {
        fn tzset();
    }
    // SAFETY: re-reads TZ; no arguments.
    unsafe { tzset() };
    let m = vm.import_one("time")?;
    if let Value::Obj(m) = m {
        set_zone_attrs(vm, &m);
    }
    Ok(Value::None)
}

fn set_zone_attrs(vm: &mut Vm, m: &ObjRef) {
    // January and July of this year give standard and daylight offsets
    let year_start = {
        let tm = now_tm();
        let mut t: libc::tm = tm;
        t.tm_mon = 0;
        t.tm_mday = 1;
        t.tm_hour = 0;
        t.tm_min = 0;
        t.tm_sec = 0;
        t.tm_isdst = -1;
        // SAFETY: t is a valid struct tm.
        unsafe { libc::mktime(&mut t) }
    };
    let probe = |t: libc::time_t| {
        // SAFETY: tm is plain data filled by localtime_r.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&t, &mut tm) };
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: NUL-terminated abbreviation.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (tm.tm_gmtoff as i64, zone)
    };
    let (jan_off, jan_zone) = probe(year_start);
    let (jul_off, jul_zone) = probe(year_start + 183 * 86400);
    // the zone with the smaller offset is standard time (northern and southern hemispheres)
    let ((std_off, std_zone), (dst_off, dst_zone)) = if jan_off <= jul_off {
        ((jan_off, jan_zone), (jul_off, jul_zone))
    } else {
        ((jul_off, jul_zone), (jan_off, jan_zone))
    };
    let d = vm.module_dict(m);
    let set = |vm: &mut Vm, n: &str, v: Value| {
        let k = vm.intern(n);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    };
    set(vm, "timezone", Value::Int(-std_off));
    set(vm, "altzone", Value::Int(-dst_off));
    set(vm, "daylight", Value::Int((std_off != dst_off) as i64));
    let tzname = vm.new_tuple(vec![Value::string(std_zone), Value::string(dst_zone)]);
    set(vm, "tzname", tzname);
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("strptime", strptime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("tzset", tzset),
    ];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    let st = struct_time_cls(vm);
    let k = vm.intern("struct_time");
    pyrite_vm::vm::dict_set_str(&d, k, Value::Obj(st));
    set_zone_attrs(vm, &m);
    Ok(m)
}
