//! Runs every behaviour case under `tests/cases/` against the `pyrite` binary as its own named
//! test, comparing stdout, stderr (when the case has a `.err` file, else it must be empty) and
//! the exit status with the expected files generated from CPython by `tests/regen.py`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if !p
                .file_name()
                .map(|n| n.to_string_lossy().starts_with('_'))
                .unwrap_or(false)
            {
                collect(&p, out);
            }
        } else if p.extension().map(|e| e == "py").unwrap_or(false) {
            out.push(p);
        }
    }
}

fn read_opt(p: &Path) -> Option<Vec<u8>> {
    std::fs::read(p).ok()
}

fn run_case(case: &Path) -> Result<(), Failed> {
    let folder = case.parent().unwrap();
    let stem = case.file_stem().unwrap().to_string_lossy().to_string();
    let with = |ext: &str| folder.join(format!("{}{}", stem, ext));
    let args: Vec<String> = read_opt(&with(".args"))
        .map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let stdin = read_opt(&with(".in")).unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg(format!("{}.py", stem))
        .args(&args)
        .current_dir(folder)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .env_remove("COLUMNS")
        .env_remove("LINES")
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn failed: {}", e))?;
    {
        use std::io::Write;
        let mut si = child.stdin.take().unwrap();
        let _ = si.write_all(&stdin);
    }
    let out = wait_with_timeout(child, 30)?;
    let abs = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    let prefix = format!("{}/", abs.to_string_lossy());
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(&prefix, "");
    let stdout = norm(&out.stdout);
    let stderr = norm(&out.stderr);
    let code = match out.status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            -out.status.signal().unwrap_or(1)
        }
    };
    let want_out = String::from_utf8_lossy(&read_opt(&with(".out")).unwrap_or_default()).to_string();
    let want_err = String::from_utf8_lossy(&read_opt(&with(".err")).unwrap_or_default()).to_string();
    let want_code: i32 = read_opt(&with(".code"))
        .map(|b| String::from_utf8_lossy(&b).trim().parse().unwrap_or(0))
        .unwrap_or(0);
    let mut problems = Vec::new();
    if stdout != want_out {
        problems.push(format!("stdout differs\n{}", diff(&want_out, &stdout)));
    }
    if stderr != want_err {
        problems.push(format!("stderr differs\n{}", diff(&want_err, &stderr)));
    }
    if code != want_code {
        problems.push(format!("exit status {} (expected {})", code, want_code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn wait_with_timeout(mut child: std::process::Child, secs: u64) -> Result<std::process::Output, Failed> {
    use std::io::Read;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t1 = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t2 = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", secs).into());
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    Ok(std::process::Output {
        status,
        stdout: t1.join().unwrap_or_default(),
        stderr: t2.join().unwrap_or_default(),
    })
}

/// A short line diff: the first differing lines with context.
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    expected: {}\n    got:      {}\n",
                i + 1,
                a.unwrap_or(&"<none>"),
                b.unwrap_or(&"<none>")
            ));
            shown += 1;
            if shown >= 3 {
                break;
            }
        }
    }
    if out.is_empty() && want != got {
        out.push_str("  (difference in trailing newline)\n");
    }
    out
}

/// Cases listed in `tests/known_failures.txt` (`area/name  reason`) are known gaps: they are
/// reported as ignored (run them with `--include-ignored`) so the suite stays green while the
/// list documents exactly what does not match CPython yet.
fn known_failures(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("../known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(|n| n.replace('/', "::")))
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let known = known_failures(&root);
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    let trials = cases
        .into_iter()
        .map(|p| {
            let name = p
                .strip_prefix(&root)
                .unwrap()
                .with_extension("")
                .to_string_lossy()
                .replace('/', "::");
            let ignored = known.contains(&name);
            Trial::test(name, move || run_case(&p)).with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
