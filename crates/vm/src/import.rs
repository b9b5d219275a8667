//! The import system: `sys.modules`, native modules, modules embedded in the binary, and
//! source modules and packages found on `sys.path`; relative imports and `from x import *`.

use crate::error::*;
use crate::object::*;
use crate::value::{ObjRef, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};
use std::path::PathBuf;

impl Vm {
    /// The IMPORT_NAME operation (`__import__`).
    pub fn import(&mut self, name: &Value, fromlist: &Value, level: &Value, globals: &ObjRef) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let abs = if level > 0 {
            self.resolve_relative(&name, level, globals)?
        } else {
            name.clone()
        };
        if abs.is_empty() {
            return Err(value_error("Empty module name"));
        }
        // import every prefix
        let parts: Vec<&str> = abs.split('.').collect();
        let mut module = Value::None;
        let mut top = Value::None;
        for i in 0..parts.len() {
            let full = parts[..=i].join(".");
            module = self.import_one(&full)?;
            if i == 0 {
                top = module.clone();
            }
        }
        let has_fromlist = match fromlist {
            Value::None => false,
            v => self.is_true(v)?,
        };
        if has_fromlist {
            // import submodules named in the fromlist of a package
            if let Ok(items) = self.iterate(fromlist) {
                for it in items {
                    let Some(n) = it.as_str() else { continue };
                    if n == "*" {
                        continue;
                    }
                    if self.getattr(&module, &it).is_err() && self.is_package(&module) {
                        let sub = format!("{}.{}", abs, n);
                        match self.import_one(&sub) {
                            Ok(_) => {}
                            Err(e) if self.err_matches(&e, ExcKind::ModuleNotFoundError) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level > 0 && name.is_empty() {
            return Ok(module);
        }
        if level > 0 {
            // `from . import x` handled above; plain relative import returns the top of the relative name
            let first = name.split('.').next().unwrap_or("");
            let base = &abs[..abs.len() - name.len()];
            return self.import_one(&format!("{}{}", base, first));
        }
        Ok(top)
    }

    fn is_package(&mut self, m: &Value) -> bool {
        match m {
            Value::Obj(o) => match &**o {
                Obj::Module(md) => dict_get_str(&md.dict, "__path__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: &ObjRef) -> PyResult<String> {
        let package = match dict_get_str(globals, "__package__") {
            Some(p) if !p.is_none() => p.as_str().unwrap_or("").to_string(),
            _ => {
                let modname = dict_get_str(globals, "__name__")
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                if dict_get_str(globals, "__path__").is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(import_error("attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
            return Err(import_error("attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// Import one fully qualified module name (its parent is already imported).
    pub fn import_one(&mut self, full: &str) -> PyResult<Value> {
        let modules = self.modules.clone();
        if let Some(m) = dict_get_str(&modules, full) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        // native modules
        if let Some(init) = self.native_modules.get(full).copied() {
            let m = init(self)?;
            let k = self.intern(full);
            dict_set_str(&modules, k, Value::Obj(m.clone()));
            self.bind_in_parent(full, &Value::Obj(m.clone()));
            return Ok(Value::Obj(m));
        }
        // source files on the search path
        let (parent, short) = match full.rsplit_once('.') {
            Some((p, s)) => (Some(p.to_string()), s.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = dict_get_str(&modules, p).unwrap_or(Value::None);
                match self.getattr(&pm, &Value::str("__path__")) {
                    Ok(paths) => self
                        .iterate(&paths)?
                        .iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect(),
                    Err(_) => return Err(self.module_not_found_pkg(full, p)),
                }
            }
            None => {
                let sp = self.sys_attr("path").unwrap_or(Value::None);
                self.iterate(&sp)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            }
        };
        for dir in &search {
            let base = if dir.is_empty() {
                PathBuf::from(".")
            } else {
                PathBuf::from(dir)
            };
            let pkg_init = base.join(&short).join("__init__.py");
            if pkg_init.is_file() {
                let src = read_source(&pkg_init)?;
                let pkg_dir = base.join(&short);
                return self.exec_new_module(
                    full,
                    src,
                    &path_str(&pkg_init),
                    Some(path_str(&pkg_dir)),
                    true,
                    Some(path_str(&pkg_init)),
                );
            }
            let file = base.join(format!("{}.py", short));
            if file.is_file() {
                let src = read_source(&file)?;
                return self.exec_new_module(full, src, &path_str(&file), None, false, Some(path_str(&file)));
            }
        }
        // embedded standard library (`pkg/__init__` marks packages): after sys.path, like
        // CPython's stdlib directory, so PYTHONPATH and the script's folder can shadow it
        let frozen_pkg = format!("{}.__init__", full);
        let frozen = self
            .frozen_modules
            .get(full)
            .map(|s| (*s, false))
            .or_else(|| self.frozen_modules.get(frozen_pkg.as_str()).map(|s| (*s, true)));
        if let Some((src, is_pkg)) = frozen {
            let filename = format!("<frozen {}>", full);
            return self.exec_new_module(full, src.to_string(), &filename, None, is_pkg, None);
        }
        // namespace packages: a directory without __init__.py
        for dir in &search {
            let base = if dir.is_empty() {
                PathBuf::from(".")
            } else {
                PathBuf::from(dir)
            };
            let d = base.join(&short);
            if d.is_dir() {
                let m = self.new_module(full);
                let md = self.module_dict(&m);
                let pl = self.new_list(vec![Value::string(path_str(&d))]);
                let k = self.intern("__path__");
                dict_set_str(&md, k, pl);
                let k = self.intern("__package__");
                dict_set_str(&md, k, Value::str(full));
                let k = self.intern("__file__");
                dict_set_str(&md, k, Value::None);
                let k = self.intern(full);
                dict_set_str(&modules, k, Value::Obj(m.clone()));
                self.bind_in_parent(full, &Value::Obj(m.clone()));
                return Ok(Value::Obj(m));
            }
        }
        Err(self.module_not_found(full))
    }

    fn module_not_found(&mut self, full: &str) -> PyErr {
        let e = self.new_exception(
            ExcKind::ModuleNotFoundError,
            vec![Value::string(format!("No module named '{}'", full))],
        );
        let _ = self.generic_setattr(&e, &Value::str("name"), Value::str(full));
        PyErr::Obj(e)
    }

    fn module_not_found_pkg(&mut self, full: &str, parent: &str) -> PyErr {
        let e = self.new_exception(
            ExcKind::ModuleNotFoundError,
            vec![Value::string(format!(
                "No module named '{}'; '{}' is not a package",
                full, parent
            ))],
        );
        PyErr::Obj(e)
    }

    fn bind_in_parent(&mut self, full: &str, m: &Value) {
        if let Some((parent, short)) = full.rsplit_once('.') {
            if let Some(pm) = dict_get_str(&self.modules.clone(), parent) {
                let k = self.intern(short);
                let _ = self.setattr(&pm, &k, m.clone());
            }
        }
    }

    fn exec_new_module(
        &mut self,
        full: &str,
        src: String,
        filename: &str,
        pkg_dir: Option<String>,
        is_pkg: bool,
        file: Option<String>,
    ) -> PyResult<Value> {
        let m = self.new_module(full);
        let md = self.module_dict(&m);
        let set = |vm: &mut Vm, k: &str, v: Value| {
            let key = vm.intern(k);
            dict_set_str(&md, key, v);
        };
        set(
            self,
            "__file__",
            match &file {
                Some(f) => Value::str(f),
                None => Value::None,
            },
        );
        let package = if is_pkg {
            full.to_string()
        } else {
            full.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        };
        set(self, "__package__", Value::string(package));
        set(self, "__spec__", Value::None);
        set(self, "__loader__", Value::None);
        if is_pkg {
            let pl = match &pkg_dir {
                Some(d) => self.new_list(vec![Value::str(d)]),
                None => self.new_list(vec![]),
            };
            set(self, "__path__", pl);
        }
        let k = self.intern(full);
        let modules = self.modules.clone();
        dict_set_str(&modules, k.clone(), Value::Obj(m.clone()));
        let code = match self.compile(&src, filename, pyrite_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                if let Obj::Dict(d) = &*modules {
                    d.borrow_mut().remove_str(full);
                }
                return Err(e);
            }
        };
        if let Err(e) = self.run_module_code(code, &m) {
            if let Obj::Dict(d) = &*modules {
                d.borrow_mut().remove_str(full);
            }
            return Err(e);
        }
        // the module may have replaced itself in sys.modules
        let result = dict_get_str(&modules, full).unwrap_or(Value::Obj(m.clone()));
        self.bind_in_parent(full, &result);
        Ok(result)
    }

    /// IMPORT_FROM: an attribute of the module, or its submodule.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                let modname = self
                    .getattr(module, &Value::str("__name__"))
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                let n = name.as_str().unwrap_or("");
                let full = format!("{}.{}", modname, n);
                if let Some(m) = dict_get_str(&self.modules.clone(), &full) {
                    return Ok(m);
                }
                if self.is_package(module) {
                    if let Ok(m) = self.import_one(&full) {
                        return Ok(m);
                    }
                }
                let file = self
                    .getattr(module, &Value::str("__file__"))
                    .ok()
                    .filter(|f| !f.is_none());
                let msg = match file {
                    Some(f) => format!(
                        "cannot import name '{}' from '{}' ({})",
                        n,
                        modname,
                        f.as_str().unwrap_or("")
                    ),
                    None => format!("cannot import name '{}' from '{}' (unknown location)", n, modname),
                };
                let partially = self.getattr(module, &Value::str("__initializing__")).is_ok();
                let _ = partially;
                let exc = self.new_exception(ExcKind::ImportError, vec![Value::string(msg)]);
                let _ = self.generic_setattr(&exc, &Value::str("name"), Value::string(modname));
                Err(PyErr::Obj(exc))
            }
            Err(e) => Err(e),
        }
    }

    pub fn import_star(&mut self, module: &Value, ns: &ObjRef) -> PyResult<()> {
        let names: Vec<Value> = match self.getattr(module, &Value::str("__all__")) {
            Ok(all) => self.iterate(&all)?,
            Err(_) => {
                let d = self.getattr(module, &Value::str("__dict__"))?;
                let keys = match &d {
                    Value::Obj(o) => match &**o {
                        Obj::Dict(dd) => dd.borrow().keys(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                keys.into_iter()
                    .filter(|k| !k.as_str().unwrap_or("_").starts_with('_'))
                    .collect()
            }
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            match &**ns {
                Obj::Dict(_) => dict_set_str(ns, n, v),
                _ => self.setitem(&Value::Obj(ns.clone()), n, v)?,
            }
        }
        Ok(())
    }
}

fn path_str(p: &std::path::Path) -> String {
    let s = p.to_string_lossy().to_string();
    s.strip_prefix("./").map(String::from).unwrap_or(s)
}

fn read_source(p: &std::path::Path) -> PyResult<String> {
    let bytes = std::fs::read(p).map_err(|e| import_error(format!("cannot read {}: {}", p.display(), e)))?;
    String::from_utf8(bytes).map_err(|_| {
        PyErr::new(
            ExcKind::SyntaxError,
            format!("(unicode error) invalid utf-8 in {}", p.display()),
        )
    })
}
