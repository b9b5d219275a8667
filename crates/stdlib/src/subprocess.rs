//! `_subprocess`: starting child processes and talking to them, for `subprocess.py`:
//! `spawn` (fork/exec through std's Command, with descriptors, cwd, env, session and umask),
//! `communicate` (feed stdin and drain stdout/stderr together with poll(), so nothing
//! deadlocks), and `wait` (with an optional timeout).

use pyrite_vm::error::*;
use pyrite_vm::io::errno_error;
use pyrite_vm::object::Obj;
use pyrite_vm::{Args, ObjRef, PyResult, Value, Vm};
use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::io::FromRawFd;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

fn os_string(vm: &mut Vm, v: &Value) -> PyResult<OsString> {
    if let Some(s) = v.as_str() {
        return Ok(OsString::from(s));
    }
    if let Some(Obj::Bytes(b)) = v.as_obj() {
        return Ok(OsString::from_vec(b.to_vec()));
    }
    let p = vm.call_dunder(v, "__fspath__", &[])?;
    match p {
        Some(p) if p.as_str().is_some() => Ok(OsString::from(p.as_str().unwrap_or(""))),
        Some(p) => match p.as_obj() {
            Some(Obj::Bytes(b)) => Ok(OsString::from_vec(b.to_vec())),
            _ => Err(type_error("expected str, bytes or os.PathLike object")),
        },
        None => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        ))),
    }
}

fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Value {
    args.pos()
        .get(i)
        .or_else(|| args.kwarg(name))
        .cloned()
        .unwrap_or(Value::None)
}

fn int_or(vm: &mut Vm, v: &Value, default: i64) -> PyResult<i64> {
    if v.is_none() {
        return Ok(default);
    }
    vm.index_value(v)
}

/// A child's stdio slot: the given descriptor (duplicated, the Stdio owns the copy) or inherit.
fn stdio_for(fd: i64) -> std::process::Stdio {
    if fd < 0 {
        return std::process::Stdio::inherit();
    }
    // SAFETY: the duplicate (close-on-exec, so it does not leak into the child beyond the
    // standard slot it is moved to) is owned by the Stdio.
    let d = unsafe { libc::fcntl(fd as i32, libc::F_DUPFD_CLOEXEC, 0) };
    if d < 0 {
        return std::process::Stdio::inherit();
    }
    // SAFETY: d is a fresh descriptor owned by nobody else.
    unsafe { std::process::Stdio::from_raw_fd(d) }
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr, close_fds, start_new_session,
/// umask)` -> pid
fn spawn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let argv_v = arg(&args, 0, "args");
    let argv_items = vm.iterate(&argv_v)?;
    if argv_items.is_empty() {
        return Err(value_error("args must not be empty"));
    }
    let mut argv = Vec::new();
    for a in &argv_items {
        argv.push(os_string(vm, a)?);
    }
    let executable = arg(&args, 1, "executable");
    let cwd = arg(&args, 2, "cwd");
    let env = arg(&args, 3, "env");
    let fds = [
        int_or(vm, &arg(&args, 4, "stdin"), -1)?,
        int_or(vm, &arg(&args, 5, "stdout"), -1)?,
        int_or(vm, &arg(&args, 6, "stderr"), -1)?,
    ];
    let new_session = {
        let v = arg(&args, 8, "start_new_session");
        vm.is_true(&v)?
    };
    let close_fds = {
        let v = arg(&args, 7, "close_fds");
        v.is_none() || vm.is_true(&v)?
    };
    let umask = int_or(vm, &arg(&args, 9, "umask"), -1)?;

    let program = if executable.is_none() {
        argv[0].clone()
    } else {
        os_string(vm, &executable)?
    };
    let mut cmd = std::process::Command::new(&program);
    cmd.arg0(&argv[0]);
    cmd.args(&argv[1..]);
    if !cwd.is_none() {
        let dir = os_string(vm, &cwd)?;
        let p = std::path::Path::new(&dir);
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(errno_error(vm, libc::ENOTDIR, Some(&cwd), None)),
            Err(e) => {
                let n = e.raw_os_error().unwrap_or(libc::ENOENT);
                return Err(errno_error(vm, n, Some(&cwd), None));
            }
        }
        cmd.current_dir(p);
    }
    if !env.is_none() {
        cmd.env_clear();
        let items = vm.call_method(&env, "items", &[])?;
        for kv in vm.iterate(&items)? {
            let pair = vm.iterate(&kv)?;
            if pair.len() == 2 {
                let k = os_string(vm, &pair[0])?;
                let v = os_string(vm, &pair[1])?;
                if k.as_bytes().contains(&b'=') {
                    return Err(value_error("illegal environment variable name"));
                }
                cmd.env(k, v);
            }
        }
    }
    cmd.stdin(stdio_for(fds[0]));
    cmd.stdout(stdio_for(fds[1]));
    cmd.stderr(stdio_for(fds[2]));
    if new_session || umask >= 0 || close_fds {
        // SAFETY: only async-signal-safe calls run between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if new_session {
                    libc::setsid();
                }
                if umask >= 0 {
                    libc::umask(umask as libc::mode_t);
                }
                if close_fds {
                    // every descriptor above the standard three closes at exec (marking them
                    // close-on-exec keeps std's own exec-error pipe working)
                    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 4;
                    let r = libc::syscall(
                        libc::SYS_close_range,
                        3 as libc::c_uint,
                        libc::c_uint::MAX,
                        CLOSE_RANGE_CLOEXEC,
                    );
                    if r != 0 {
                        for fd in 3..4096 {
                            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
                        }
                    }
                }
                Ok(())
            });
        }
    }
    pyrite_vm::io::flush_all();
    match cmd.spawn() {
        Ok(child) => Ok(Value::Int(child.id() as i64)),
        Err(e) => {
            let n = e.raw_os_error().unwrap_or(libc::ENOENT);
            let name = if executable.is_none() {
                argv_items[0].clone()
            } else {
                executable.clone()
            };
            Err(errno_error(vm, n, Some(&name), None))
        }
    }
}

fn read_some(fd: i32, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut buf = [0u8; 65536];
    loop {
        // SAFETY: buf is a valid buffer of its length.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if n < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return Err(e);
        }
        out.extend_from_slice(&buf[..n as usize]);
        return Ok(n as usize);
    }
}

fn bytes_value(b: Vec<u8>) -> Value {
    Value::obj(Obj::Bytes(b.into_boxed_slice()))
}

/// `communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout)` -> (out, err)
fn communicate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stdin_fd = int_or(vm, &arg(&args, 0, "stdin_fd"), -1)? as i32;
    let input = arg(&args, 1, "input");
    let out_fd = int_or(vm, &arg(&args, 2, "stdout_fd"), -1)? as i32;
    let err_fd = int_or(vm, &arg(&args, 3, "stderr_fd"), -1)? as i32;
    let timeout = arg(&args, 4, "timeout");
    let deadline = if timeout.is_none() {
        None
    } else {
        let t = pyrite_vm::types::float::float_from_value(vm, &timeout)?;
        Some(Instant::now() + Duration::from_secs_f64(t.max(0.0)))
    };
    let data = if input.is_none() {
        Vec::new()
    } else {
        pyrite_vm::types::bytes::bytes_like(&vm.unwrap_builtin(&input)).ok_or_else(|| {
            type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(&input)
            ))
        })?
    };
    pyrite_vm::io::flush_all();
    let mut written = 0usize;
    let mut stdin_open = stdin_fd >= 0;
    if stdin_open && data.is_empty() {
        // SAFETY: closing the pipe end we own.
        unsafe { libc::close(stdin_fd) };
        stdin_open = false;
    }
    let mut out: Vec<u8> = Vec::new();
    let mut err: Vec<u8> = Vec::new();
    let mut out_open = out_fd >= 0;
    let mut err_open = err_fd >= 0;
    while stdin_open || out_open || err_open {
        let mut fds: Vec<libc::pollfd> = Vec::new();
        if stdin_open {
            fds.push(libc::pollfd {
                fd: stdin_fd,
                events: libc::POLLOUT,
                revents: 0,
            });
        }
        if out_open {
            fds.push(libc::pollfd {
                fd: out_fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        if err_open {
            fds.push(libc::pollfd {
                fd: err_fd,
                events: libc::POLLIN,
                revents: 0,
            });
        }
        let wait_ms = match deadline {
            None => 100,
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    let e = vm.new_exception(ExcKind::TimeoutError, vec![bytes_value(out), bytes_value(err)]);
                    return Err(PyErr::Obj(e));
                }
                ((d - now).as_millis() as i32).clamp(1, 100)
            }
        };
        // SAFETY: fds is a valid array of pollfd.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
        pyrite_vm::signals::check(vm)?;
        if r < 0 {
            continue;
        }
        for p in &fds {
            if p.revents == 0 {
                continue;
            }
            if p.fd == stdin_fd && stdin_open {
                if p.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                    // SAFETY: closing our pipe end.
                    unsafe { libc::close(stdin_fd) };
                    stdin_open = false;
                    continue;
                }
                let chunk = &data[written..(written + 65536).min(data.len())];
                // SAFETY: chunk is a valid slice.
                let n = unsafe { libc::write(stdin_fd, chunk.as_ptr() as *const libc::c_void, chunk.len()) };
                if n < 0 {
                    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                    if e == libc::EINTR || e == libc::EAGAIN {
                        continue;
                    }
                    // EPIPE: the child stopped reading, as CPython ignores it
                    // SAFETY: closing our pipe end.
                    unsafe { libc::close(stdin_fd) };
                    stdin_open = false;
                    continue;
                }
                written += n as usize;
                if written >= data.len() {
                    // SAFETY: closing our pipe end.
                    unsafe { libc::close(stdin_fd) };
                    stdin_open = false;
                }
            } else if p.fd == out_fd && out_open {
                match read_some(out_fd, &mut out) {
                    Ok(0) | Err(_) => out_open = false,
                    Ok(_) => {}
                }
            } else if p.fd == err_fd && err_open {
                match read_some(err_fd, &mut err) {
                    Ok(0) | Err(_) => err_open = false,
                    Ok(_) => {}
                }
            }
        }
    }
    let o = if out_fd >= 0 { bytes_value(out) } else { Value::None };
    let e = if err_fd >= 0 { bytes_value(err) } else { Value::None };
    Ok(vm.new_tuple(vec![o, e]))
}

fn exit_code(status: i32) -> i64 {
    if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status) as i64
    } else if libc::WIFSIGNALED(status) {
        -(libc::WTERMSIG(status) as i64)
    } else {
        status as i64
    }
}

/// `wait(pid, timeout)` -> returncode, or None when the timeout passed first
fn wait(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pid = vm.index_value(&arg(&args, 0, "pid"))? as i32;
    let timeout = arg(&args, 1, "timeout");
    let deadline = if timeout.is_none() {
        None
    } else {
        let t = pyrite_vm::types::float::float_from_value(vm, &timeout)?;
        Some(Instant::now() + Duration::from_secs_f64(t.max(0.0)))
    };
    pyrite_vm::io::flush_all();
    let mut delay = Duration::from_micros(500);
    loop {
        let mut status = 0i32;
        // SAFETY: status is a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            return Ok(Value::Int(exit_code(status)));
        }
        if r < 0 {
            let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if e == libc::EINTR {
                pyrite_vm::signals::check(vm)?;
                continue;
            }
            return Err(errno_error(vm, e, None, None));
        }
        if let Some(d) = deadline {
            if Instant::now() >= d {
                return Ok(Value::None);
            }
        }
        std::thread::sleep(delay);
        delay = (delay * 2).min(Duration::from_millis(20));
        pyrite_vm::signals::check(vm)?;
    }
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_subprocess");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, pyrite_vm::NativeFn)] = &[("spawn", spawn), ("communicate", communicate), ("wait", wait)];
    for (name, f) in fns {
        let v = vm.new_native(name, *f);
        let k = vm.intern(name);
        pyrite_vm::vm::dict_set_str(&d, k, v);
    }
    Ok(m)
}
