//! Arithmetic and operator dispatch: the numeric tower (int with bigint overflow, float,
//! complex), sequence operators, and the dunder protocol with reflected operands.

use crate::error::*;
use crate::object::*;
use crate::protocol::is_not_implemented;
use crate::types::class::lookup;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_compiler::{BinOp, CmpOp, UnOp};
use std::cmp::Ordering;

pub use crate::protocol::cmp_ord;
pub use pyrite_compiler::BinOp as BinOpAlias;

/// A number pulled out of a value for arithmetic.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn to_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &**o {
            Obj::BigInt(b) => Some(Num::Big(b.clone())),
            Obj::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

pub fn big_to_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::obj(Obj::BigInt(b)),
    }
}

pub fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        return Ok(i as f64);
    }
    match crate::types::float::ldexp_round(b.magnitude(), 0) {
        Some(f) => Ok(if b.is_negative() { -f } else { f }),
        None => Err(overflow_error("int too large to convert to float")),
    }
}

fn num_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
        Num::Complex(r, _) => Ok(*r),
    }
}

/// Fast path for int op int; None when the result needs the general path.
#[inline]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Int(x.checked_add(y)?),
        BinOp::Sub => Value::Int(x.checked_sub(y)?),
        BinOp::Mul => Value::Int(x.checked_mul(y)?),
        BinOp::FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Value::Int(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Value::Int(x.mod_floor(&y))
        }
        BinOp::And => Value::Int(x & y),
        BinOp::Or => Value::Int(x | y),
        BinOp::Xor => Value::Int(x ^ y),
        BinOp::TrueDiv => {
            if y == 0 || x.unsigned_abs() > (1 << 53) || y.unsigned_abs() > (1 << 53) {
                return None;
            }
            Value::Float(x as f64 / y as f64)
        }
        _ => return None,
    })
}

/// Fast path for float arithmetic that cannot fail; None when the general path is needed.
#[inline]
fn float_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// `bool & bool`, `bool | bool`, `bool ^ bool` stay bools.
fn bool_bitop(x: bool, y: bool, op: BinOp) -> Option<Value> {
    Some(Value::Bool(match op {
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        _ => return None,
    }))
}

/// Numeric comparison: None if not both numbers; Some(None) for unordered (NaN).
pub fn numeric_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let x = to_num(a)?;
    let y = to_num(b)?;
    Some(match (&x, &y) {
        (Num::Int(p), Num::Int(q)) => Some(p.cmp(q)),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => Some(big_of(&x).cmp(&big_of(&y))),
        (Num::Float(f), Num::Int(_) | Num::Big(_)) => float_int_cmp(*f, &big_of(&y)),
        (Num::Int(_) | Num::Big(_), Num::Float(f)) => float_int_cmp(*f, &big_of(&x)).map(|o| o.reverse()),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            // only equality is defined; report Equal/Less for eq tests
            let (ar, ai) = match x {
                Num::Complex(r, i) => (r, i),
                _ => (num_f64(&x).unwrap_or(f64::NAN), 0.0),
            };
            let (br, bi) = match y {
                Num::Complex(r, i) => (r, i),
                _ => (num_f64(&y).unwrap_or(f64::NAN), 0.0),
            };
            if ar == br && ai == bi {
                Some(Ordering::Equal)
            } else {
                return None;
            }
        }
    })
}

/// Exact comparison of a float with an integer.
fn float_int_cmp(f: f64, i: &BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Greater } else { Ordering::Less });
    }
    let fl = f.floor();
    match float_to_big(fl).cmp(i) {
        Ordering::Equal if f > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}

/// The integer value of an integral finite float.
pub fn float_to_big(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let (neg, m, e) = crate::types::float::float_parts(f);
    let b = BigInt::from(m);
    let b = if e >= 0 { b << e as usize } else { b >> (-e) as usize };
    if neg {
        -b
    } else {
        b
    }
}

impl Vm {
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let fast = match (a, b) {
            (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
            (Value::Float(x), Value::Int(y)) => float_fast(op, *x, *y as f64),
            (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, *y),
            _ => None,
        };
        if let Some(v) = fast {
            return Ok(v);
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            if let Some(r) = bool_bitop(*x, *y, op) {
                return Ok(r);
            }
        }
        if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
            return num_binop(x, y, op);
        }
        if let Some(r) = self.builtin_binop(a, b, op)? {
            return Ok(r);
        }
        self.binop_dunders(a, b, op, None)
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let fast = match (a, b) {
            (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
            (Value::Float(x), Value::Int(y)) => float_fast(op, *x, *y as f64),
            (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, *y),
            _ => None,
        };
        if let Some(v) = fast {
            return Ok(v);
        }
        if let Value::Obj(o) = a {
            match (&**o, op) {
                (Obj::List(l), BinOp::Add) => {
                    let items = self.iterate(b)?;
                    l.borrow_mut().extend(items);
                    return Ok(a.clone());
                }
                (Obj::List(l), BinOp::Mul) => {
                    let Some(n) = self.repeat_count(b)? else {
                        return Err(type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            self.type_name(b)
                        )));
                    };
                    let cur = l.borrow().clone();
                    check_repeat(cur.len(), n, std::mem::size_of::<Value>())?;
                    let mut out = Vec::with_capacity(cur.len().saturating_mul(n));
                    for _ in 0..n {
                        out.extend(cur.iter().cloned());
                    }
                    *l.borrow_mut() = out;
                    return Ok(a.clone());
                }
                (Obj::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                    if let Some(r) = crate::types::set::set_inplace(self, a, b, op)? {
                        return Ok(r);
                    }
                }
                (Obj::Dict(_), BinOp::Or) => {
                    self.dict_update_arg(a, b)?;
                    return Ok(a.clone());
                }
                (Obj::ByteArray(ba), BinOp::Add) => {
                    let other = crate::types::bytes::bytes_like(b)
                        .ok_or_else(|| type_error(format!("can't concat {} to bytearray", self.type_name(b))))?;
                    ba.borrow_mut().extend(other);
                    return Ok(a.clone());
                }
                (Obj::Instance(_), _) => {
                    let cls = self.class_of(a);
                    if let Some(f) = lookup(self, &cls, op.idunder()) {
                        let r = self.call_special(&f, a, &[b.clone()])?;
                        if !is_not_implemented(&r) {
                            return Ok(r);
                        }
                    }
                }
                _ => {}
            }
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            if let Some(r) = bool_bitop(*x, *y, op) {
                return Ok(r);
            }
        }
        if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
            return num_binop(x, y, op);
        }
        if let Some(r) = self.builtin_binop(a, b, op)? {
            return Ok(r);
        }
        self.binop_dunders(a, b, op, Some(op.idunder()))
    }

    fn binop_dunders(&mut self, a: &Value, b: &Value, op: BinOp, inplace: Option<&str>) -> PyResult<Value> {
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let same = std::rc::Rc::ptr_eq(&ca, &cb);
        let fa = lookup(self, &ca, op.dunder());
        let fb = if same { None } else { lookup(self, &cb, op.rdunder()) };
        // native dunders of builtin types are handled by builtin_binop, except on objects that
        // are instances of builtin classes implemented as Instance (dict views)
        let fa = fa.filter(|f| !self.is_native_binop(f) || is_builtin_class_instance(a));
        let fb = fb.filter(|f| !self.is_native_binop(f) || is_builtin_class_instance(b));
        let mut fb_done = false;
        if let Some(rf) = &fb {
            // the right operand's reflected method goes first when its class is a subclass
            // that overrides it (CPython's method_is_overloaded)
            let overridden = match lookup(self, &ca, op.rdunder()) {
                Some(la) => !la.is(rf),
                None => true,
            };
            if overridden && crate::types::class::is_subclass(&cb, &ca) {
                let r = self.call_special(rf, b, &[a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
                fb_done = true;
            }
        }
        if let Some(f) = &fa {
            let r = self.call_special(f, a, &[b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !fb_done {
            if let Some(rf) = &fb {
                let r = self.call_special(rf, b, &[a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // subclasses of builtins: operate on the wrapped values
        let ua = self.unwrap_builtin(a);
        let ub = self.unwrap_builtin(b);
        if !ua.is(a) || !ub.is(b) {
            if let (Some(x), Some(y)) = (to_num(&ua), to_num(&ub)) {
                return num_binop(x, y, op);
            }
            if let Some(r) = self.builtin_binop(&ua, &ub, op)? {
                return Ok(r);
            }
        }
        let _ = inplace;
        Err(self.binop_type_error(a, b, op, inplace.is_some()))
    }

    fn is_native_binop(&self, f: &Value) -> bool {
        matches!(f, Value::Obj(o) if matches!(&**o, Obj::Native(_)))
    }

    fn binop_type_error(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            if let (Some(_), false) = (a.as_str(), b.as_str().is_some()) {
                return type_error(format!("can only concatenate str (not \"{}\") to str", tb));
            }
            if let Value::Obj(o) = a {
                match &**o {
                    Obj::List(_) => return type_error(format!("can only concatenate list (not \"{}\") to list", tb)),
                    Obj::Tuple(_) => {
                        return type_error(format!("can only concatenate tuple (not \"{}\") to tuple", tb))
                    }
                    _ => {}
                }
            }
        }
        if op == BinOp::Mul {
            let seq = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_)));
            if seq(a) || seq(b) {
                let other = if seq(a) { &tb } else { &ta };
                return type_error(format!("can't multiply sequence by non-int of type '{}'", other));
            }
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        let sym = if op == BinOp::Pow && !inplace {
            "** or pow()".to_string()
        } else if op == BinOp::Pow {
            "**=".to_string()
        } else {
            sym
        };
        type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym, ta, tb
        ))
    }

    /// Operators on builtin non-numeric types; None if not applicable.
    fn builtin_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Value::Obj(x), _) = (a, b) else {
            // int * sequence
            if op == BinOp::Mul {
                if let (Some(_), Value::Obj(y)) = (to_num(a), b) {
                    if matches!(
                        &**y,
                        Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)
                    ) {
                        return self.builtin_binop(b, a, op);
                    }
                }
            }
            return Ok(None);
        };
        match (&**x, op) {
            (Obj::Str(s), BinOp::Add) => {
                if let Some(t) = b.as_str() {
                    let mut r = String::with_capacity(s.as_str().len() + t.len());
                    r.push_str(s.as_str());
                    r.push_str(t);
                    return Ok(Some(Value::string(r)));
                }
            }
            (Obj::Str(s), BinOp::Mul) => {
                if let Some(n) = self.repeat_count(b)? {
                    check_repeat(s.as_str().len(), n, 1)?;
                    return Ok(Some(Value::string(s.as_str().repeat(n))));
                }
            }
            (Obj::Str(_), BinOp::Mod) => {
                // only a str subclass on the right gets its __rmod__ first (CPython's rule for
                // reflected operands); any other object is simply formatted
                let is_user = matches!(b, Value::Obj(o) if matches!(&**o, Obj::Instance(_)));
                let cb = self.class_of(b);
                if is_user && crate::types::class::is_subclass(&cb, &self.types.str) {
                    if lookup(self, &cb, "__rmod__")
                        .map(|f| !self.is_native_binop(&f))
                        .unwrap_or(false)
                    {
                        return Ok(None);
                    }
                }
                return crate::format::percent_format(self, a, b).map(Some);
            }
            (Obj::List(l), BinOp::Add) => {
                if let Value::Obj(y) = b {
                    if let Obj::List(m) = &**y {
                        let mut r = l.borrow().clone();
                        r.extend(m.borrow().iter().cloned());
                        return Ok(Some(self.new_list(r)));
                    }
                }
            }
            (Obj::List(l), BinOp::Mul) => {
                if let Some(n) = self.repeat_count(b)? {
                    check_repeat(l.borrow().len(), n, std::mem::size_of::<Value>())?;
                    let cur = l.borrow();
                    let mut r = Vec::with_capacity(cur.len() * n);
                    for _ in 0..n {
                        r.extend(cur.iter().cloned());
                    }
                    return Ok(Some(self.new_list(r)));
                }
            }
            (Obj::Tuple(t), BinOp::Add) => {
                if let Value::Obj(y) = b {
                    if let Obj::Tuple(u) = &**y {
                        let mut r = t.to_vec();
                        r.extend(u.iter().cloned());
                        return Ok(Some(self.new_tuple(r)));
                    }
                }
            }
            (Obj::Tuple(t), BinOp::Mul) => {
                if let Some(n) = self.repeat_count(b)? {
                    check_repeat(t.len(), n, std::mem::size_of::<Value>())?;
                    let mut r = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        r.extend(t.iter().cloned());
                    }
                    return Ok(Some(self.new_tuple(r)));
                }
            }
            (Obj::Bytes(_) | Obj::ByteArray(_), BinOp::Add | BinOp::Mul | BinOp::Mod) => {
                return crate::types::bytes::bytes_binop(self, a, b, op);
            }
            (Obj::Set(_) | Obj::FrozenSet(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                return crate::types::set::set_binop(self, a, b, op);
            }
            (Obj::Dict(d), BinOp::Or) => {
                if let Value::Obj(y) = b {
                    if matches!(&**y, Obj::Dict(_)) {
                        let r = Value::obj(Obj::Dict(std::cell::RefCell::new(d.borrow().clone())));
                        self.dict_update_from(&r, b, false)?;
                        return Ok(Some(r));
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn repeat_count(&mut self, b: &Value) -> PyResult<Option<usize>> {
        match b {
            Value::Int(n) => Ok(Some((*n).max(0) as usize)),
            Value::Bool(n) => Ok(Some(*n as usize)),
            Value::Obj(o) => match &**o {
                Obj::BigInt(n) => {
                    if n.is_negative() {
                        Ok(Some(0))
                    } else {
                        Err(overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                }
                Obj::Instance(_) => {
                    let cls = self.class_of(b);
                    if lookup(self, &cls, "__index__").is_some() {
                        let n = self.index_value(b)?;
                        return Ok(Some(n.max(0) as usize));
                    }
                    Ok(None)
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    pub fn unary_op(&mut self, a: &Value, op: UnOp) -> PyResult<Value> {
        match (a, op) {
            (Value::Int(i), UnOp::Neg) => {
                return Ok(i
                    .checked_neg()
                    .map(Value::Int)
                    .unwrap_or_else(|| big_to_value(-BigInt::from(*i))))
            }
            (Value::Int(i), UnOp::Pos) => return Ok(Value::Int(*i)),
            (Value::Int(i), UnOp::Invert) => return Ok(Value::Int(!i)),
            (Value::Bool(b), UnOp::Neg) => return Ok(Value::Int(-(*b as i64))),
            (Value::Bool(b), UnOp::Pos) => return Ok(Value::Int(*b as i64)),
            (Value::Bool(b), UnOp::Invert) => return Ok(Value::Int(!(*b as i64))),
            (Value::Float(f), UnOp::Neg) => return Ok(Value::Float(-f)),
            (Value::Float(f), UnOp::Pos) => return Ok(Value::Float(*f)),
            (Value::Obj(o), _) => match (&**o, op) {
                (Obj::BigInt(b), UnOp::Neg) => return Ok(big_to_value(-b.clone())),
                (Obj::BigInt(b), UnOp::Pos) => return Ok(big_to_value(b.clone())),
                (Obj::BigInt(b), UnOp::Invert) => return Ok(big_to_value(-b.clone() - 1)),
                (Obj::Complex(r, i), UnOp::Neg) => return Ok(Value::obj(Obj::Complex(-r, -i))),
                (Obj::Complex(r, i), UnOp::Pos) => return Ok(Value::obj(Obj::Complex(*r, *i))),
                (Obj::Instance(_), _) => {
                    let name = match op {
                        UnOp::Neg => "__neg__",
                        UnOp::Pos => "__pos__",
                        UnOp::Invert => "__invert__",
                        UnOp::Not => unreachable!(),
                    };
                    if let Some(r) = self.call_dunder(a, name, &[])? {
                        return Ok(r);
                    }
                    let u = self.unwrap_builtin(a);
                    if !u.is(a) {
                        return self.unary_op(&u, op);
                    }
                }
                _ => {}
            },
            _ => {}
        }
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            UnOp::Invert => "~",
            UnOp::Not => "not",
        };
        Err(type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        )))
    }

    /// `operator.index(v)`: an int value (`Value::Int` or a bigint object; int subclasses are
    /// returned unchanged, like CPython).
    pub fn index_int(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) => match &**o {
                Obj::BigInt(_) => Ok(v.clone()),
                Obj::Instance(i) => {
                    let base = i.base.borrow().clone();
                    if matches!(base, Value::Int(_)) || matches!(&base, Value::Obj(b) if matches!(&**b, Obj::BigInt(_)))
                    {
                        return Ok(v.clone());
                    }
                    if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                        let ok = match &r {
                            Value::Int(_) | Value::Bool(_) => true,
                            Value::Obj(ro) => match &**ro {
                                Obj::BigInt(_) => true,
                                Obj::Instance(ri) => {
                                    let rb = ri.base.borrow();
                                    matches!(&*rb, Value::Int(_))
                                        || matches!(&*rb, Value::Obj(b) if matches!(&**b, Obj::BigInt(_)))
                                }
                                _ => false,
                            },
                            _ => false,
                        };
                        if !ok {
                            return Err(type_error(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(&r)
                            )));
                        }
                        return Ok(if let Value::Bool(b) = r {
                            Value::Int(b as i64)
                        } else {
                            r
                        });
                    }
                    Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    )))
                }
                _ => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// CPython's `PyNumber_AsSsize_t`: `operator.index(v)` as i64; when it does not fit, raise
    /// `err` ("cannot fit '<type of v>' into an index-sized integer"), or clamp when `err` is None.
    pub fn index_ssize(&mut self, v: &Value, err: Option<ExcKind>) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let r = self.index_int(v)?;
        let r = self.unwrap_builtin(&r);
        match &r {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &**o {
                Obj::BigInt(b) => match err {
                    Some(k) => Err(PyErr::new(
                        k,
                        format!("cannot fit '{}' into an index-sized integer", self.type_name(v)),
                    )),
                    None => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
                },
                _ => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)` as i64 (IndexError "cannot fit ..." if too big).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        self.index_ssize(v, Some(ExcKind::IndexError))
    }

    /// The int value of `v` via __index__, as an arbitrary-precision value.
    pub fn index_big(&mut self, v: &Value) -> PyResult<BigInt> {
        let r = self.index_int(v)?;
        let r = self.unwrap_builtin(&r);
        match &r {
            Value::Int(i) => Ok(BigInt::from(*i)),
            Value::Bool(b) => Ok(BigInt::from(*b as i64)),
            Value::Obj(o) => match &**o {
                Obj::BigInt(b) => Ok(b.clone()),
                _ => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }
}

/// Largest single object a repetition may build; larger requests raise MemoryError (as
/// CPython's failed allocation does) instead of aborting the process.
const MAX_REPEAT_BYTES: usize = 1 << 33;

pub fn check_repeat(len: usize, n: usize, unit: usize) -> PyResult<()> {
    match len.checked_mul(n).and_then(|c| c.checked_mul(unit)) {
        Some(bytes) if bytes <= MAX_REPEAT_BYTES => Ok(()),
        _ if len == 0 || n == 0 => Ok(()),
        _ => Err(PyErr::LazyArgs(ExcKind::MemoryError, vec![])),
    }
}

pub fn num_binop(x: Num, y: Num, op: BinOp) -> PyResult<Value> {
    use Num::*;
    match (&x, &y) {
        (Complex(..), _) | (_, Complex(..)) => complex_binop(&x, &y, op),
        (Float(_), _) | (_, Float(_)) => {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Err(type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    num_type(&x),
                    num_type(&y)
                )));
            }
            float_binop(num_f64(&x)?, num_f64(&y)?, op)
        }
        (Int(a), Int(b)) => {
            if let Some(v) = int_fast(op, *a, *b) {
                return Ok(v);
            }
            big_binop(BigInt::from(*a), BigInt::from(*b), op)
        }
        _ => big_binop(big_of(&x), big_of(&y), op),
    }
}

fn num_type(n: &Num) -> &'static str {
    match n {
        Num::Int(_) | Num::Big(_) => "int",
        Num::Float(_) => "float",
        Num::Complex(..) => "complex",
    }
}

fn big_binop(a: BigInt, b: BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => big_to_value(a + b),
        BinOp::Sub => big_to_value(a - b),
        BinOp::Mul => big_to_value(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            big_to_value(a.div_floor(&b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            big_to_value(a.mod_floor(&b))
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_division("division by zero"));
            }
            Value::Float(int_true_div(&a, &b)?)
        }
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                let af = big_to_f64(&a)?;
                let bf = big_to_f64(&b)?;
                return float_binop(af, bf, BinOp::Pow);
            }
            let e = b.to_u64().ok_or_else(|| overflow_error("exponent too large"))?;
            if a.magnitude().bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
                return Err(PyErr::new(ExcKind::MemoryError, ""));
            }
            big_to_value(num_traits::pow::pow(a, e as usize))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let s = b
                .to_usize()
                .filter(|s| *s < 1 << 40)
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            big_to_value(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s > 1 << 40 {
                return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
            }
            // arithmetic shift (floor)
            big_to_value(a.div_floor(&(BigInt::from(1) << s)))
        }
        BinOp::And => big_to_value(a & b),
        BinOp::Or => big_to_value(a | b),
        BinOp::Xor => big_to_value(a ^ b),
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

/// Correctly rounded int / int.
fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(x as f64 / y as f64);
        }
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.magnitude(), b.magnitude());
    // scale so the quotient has at least 55 significant bits, then round once with a sticky bit
    let shift: i64 = 56 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() {
        q << 1usize
    } else {
        (q << 1usize) | num_bigint::BigUint::from(1u8)
    };
    match crate::types::float::ldexp_round(&q, -shift - 1) {
        Some(v) => Ok(if neg { -v } else { v }),
        None => Err(overflow_error("integer division result too large for a float")),
    }
}

pub fn float_binop(a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(a, b),
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )));
        }
    }))
}

/// Python's float divmod: floor quotient and a remainder with the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

pub fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // negative base with fractional exponent gives a complex result
        return complex_binop(&Num::Complex(a, 0.0), &Num::Complex(b, 0.0), BinOp::Pow);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

fn complex_parts(n: &Num) -> PyResult<(f64, f64)> {
    Ok(match n {
        Num::Complex(r, i) => (*r, *i),
        other => (num_f64(other)?, 0.0),
    })
}

fn complex_binop(x: &Num, y: &Num, op: BinOp) -> PyResult<Value> {
    let (a, b) = complex_parts(x)?;
    let (c, d) = complex_parts(y)?;
    let (r, i) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(zero_division("complex division by zero"));
            }
            complex_div(a, b, c, d)
        }
        BinOp::Pow => {
            if c == 0.0 && d == 0.0 {
                (1.0, 0.0)
            } else if a == 0.0 && b == 0.0 {
                if d != 0.0 || c < 0.0 {
                    return Err(zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if d == 0.0 && c.fract() == 0.0 && c.abs() <= 100.0 {
                // integer powers by repeated multiplication (like CPython's c_powi)
                let n = c as i64;
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut br, mut bi) = (a, b);
                let mut e = n.unsigned_abs();
                while e > 0 {
                    if e & 1 == 1 {
                        let t = rr * br - ri * bi;
                        ri = rr * bi + ri * br;
                        rr = t;
                    }
                    let t = br * br - bi * bi;
                    bi = 2.0 * br * bi;
                    br = t;
                    e >>= 1;
                }
                if n < 0 {
                    complex_div(1.0, 0.0, rr, ri)
                } else {
                    (rr, ri)
                }
            } else {
                let vabs = a.hypot(b);
                let len = vabs.powf(c);
                let at = b.atan2(a);
                let mut phase = at * c;
                let mut len = len;
                if d != 0.0 {
                    len /= (at * d).exp();
                    phase += d * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                num_type(x),
                num_type(y)
            )))
        }
    };
    Ok(Value::obj(Obj::Complex(r, i)))
}

fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    }
}

#[allow(dead_code)]
fn _unused(_: CmpOp) {}

// ---------------------------------------------------------------------------
// Numeric dunder methods (`int.__add__`, `float.__rtruediv__`, ...) as native methods.
// The operator machinery above does not call these (it works on the values directly);
// they exist for explicit calls such as `(17).__add__(3)` or `int.__mul__(True, 4)`.

const KIND_INT: u8 = 0;
const KIND_FLOAT: u8 = 1;
const KIND_COMPLEX: u8 = 2;

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::MatMul,
];

const CMPOPS: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];

fn kind_name(kind: u8) -> &'static str {
    match kind {
        KIND_INT => "int",
        KIND_FLOAT => "float",
        _ => "complex",
    }
}

fn num_rank(n: &Num) -> u8 {
    match n {
        Num::Int(_) | Num::Big(_) => KIND_INT,
        Num::Float(_) => KIND_FLOAT,
        Num::Complex(..) => KIND_COMPLEX,
    }
}

/// The receiver of a numeric dunder, checked against the defining type.
fn dunder_self(vm: &Vm, args: &Args, kind: u8, name: &str) -> PyResult<(Value, Num)> {
    let Some(v) = args.pos().first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            kind_name(kind)
        )));
    };
    let u = vm.unwrap_builtin(v);
    match to_num(&u) {
        Some(n) if num_rank(&n) == kind => Ok((u, n)),
        _ => Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            kind_name(kind),
            vm.type_name(v)
        ))),
    }
}

fn dunder_arity(args: &Args, name: &str, want: usize) -> PyResult<()> {
    if args.has_kw() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            name.trim_matches('_')
        )));
    }
    let got = args.pos().len().saturating_sub(1);
    if got != want {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            want,
            if want == 1 { "" } else { "s" },
            got
        )));
    }
    Ok(())
}

fn num_dunder_binop<const KIND: u8, const OP: usize, const REFL: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = BINOPS[OP];
    let name = if REFL { op.rdunder() } else { op.dunder() };
    let (sv, a) = dunder_self(vm, &args, KIND, name)?;
    let p = args.pos();
    if op == BinOp::Pow && p.len() == 3 && !args.has_kw() {
        // three-argument form: only ints take a modulus
        if !p[2].is_none() {
            let m = to_num(&vm.unwrap_builtin(&p[2]));
            let other = to_num(&vm.unwrap_builtin(&p[1]));
            let (Some(b), Some(m)) = (other, m) else {
                return Ok(vm.not_implemented.clone());
            };
            if KIND != KIND_INT || num_rank(&b) != KIND_INT || num_rank(&m) != KIND_INT {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let (base, exp) = if REFL {
                (big_of(&b), big_of(&a))
            } else {
                (big_of(&a), big_of(&b))
            };
            return int_pow_mod(&base, &exp, &big_of(&m));
        }
    } else {
        dunder_arity(&args, name, 1)?;
    }
    let ov = vm.unwrap_builtin(&p[1]);
    let b = match to_num(&ov) {
        Some(b) if num_rank(&b) <= KIND => b,
        _ => return Ok(vm.not_implemented.clone()),
    };
    if let (Value::Bool(x), Value::Bool(y)) = (&sv, &ov) {
        if let Some(r) = bool_bitop(*x, *y, op) {
            return Ok(r);
        }
    }
    let (x, y) = if REFL { (b, a) } else { (a, b) };
    if KIND == KIND_COMPLEX {
        return complex_binop(&x, &y, op);
    }
    if KIND == KIND_FLOAT {
        return float_binop(num_f64(&x)?, num_f64(&y)?, op);
    }
    num_binop(x, y, op)
}

fn num_dunder_divmod<const KIND: u8, const REFL: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = if REFL { "__rdivmod__" } else { "__divmod__" };
    let (_, a) = dunder_self(vm, &args, KIND, name)?;
    dunder_arity(&args, name, 1)?;
    let b = match to_num(&vm.unwrap_builtin(&args.pos()[1])) {
        Some(b) if num_rank(&b) <= KIND => b,
        _ => return Ok(vm.not_implemented.clone()),
    };
    let (x, y) = if REFL { (b, a) } else { (a, b) };
    let (q, r) = num_divmod(x, y)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `divmod(x, y)` for two numbers.
pub fn num_divmod(x: Num, y: Num) -> PyResult<(Value, Value)> {
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            num_type(&x),
            num_type(&y)
        ))),
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let (a, b) = (num_f64(&x)?, num_f64(&y)?);
            if b == 0.0 {
                return Err(zero_division("float divmod()"));
            }
            let (q, r) = float_divmod(a, b);
            Ok((Value::Float(q), Value::Float(r)))
        }
        (Num::Int(a), Num::Int(b)) if *b != 0 && !(*a == i64::MIN && *b == -1) => {
            Ok((Value::Int(a.div_floor(b)), Value::Int(a.mod_floor(b))))
        }
        _ => {
            let (a, b) = (big_of(&x), big_of(&y));
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            let (q, r) = a.div_mod_floor(&b);
            Ok((big_to_value(q), big_to_value(r)))
        }
    }
}

/// `pow(base, exp, m)` for ints, including negative exponents (modular inverse).
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    use num_traits::One;
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    if am.is_one() {
        return Ok(Value::Int(0));
    }
    let b = base.mod_floor(&am);
    let r = if exp.is_negative() {
        let e = b.extended_gcd(&am);
        if !e.gcd.is_one() {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        e.x.mod_floor(&am).modpow(&(-exp), &am)
    } else {
        b.modpow(exp, &am)
    };
    // the result takes the sign of the modulus
    let r = if m.is_negative() && !r.is_zero() { r - &am } else { r };
    Ok(big_to_value(r))
}

fn num_dunder_cmp<const KIND: u8, const OP: usize>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let op = CMPOPS[OP];
    let (_, a) = dunder_self(vm, &args, KIND, op.dunder())?;
    dunder_arity(&args, op.dunder(), 1)?;
    let ov = vm.unwrap_builtin(&args.pos()[1]);
    let b = match to_num(&ov) {
        Some(b) if num_rank(&b) <= KIND => b,
        _ => return Ok(vm.not_implemented.clone()),
    };
    if KIND == KIND_COMPLEX && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (num_to_value(a), num_to_value(b));
    Ok(Value::Bool(match numeric_cmp(&x, &y) {
        Some(Some(o)) => cmp_ord(op, o),
        _ => op == CmpOp::Ne,
    }))
}

fn num_to_value(n: Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(i),
        Num::Big(b) => big_to_value(b),
        Num::Float(f) => Value::Float(f),
        Num::Complex(r, i) => Value::obj(Obj::Complex(r, i)),
    }
}

fn num_dunder_unary<const KIND: u8, const WHICH: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = ["__neg__", "__pos__", "__invert__", "__abs__", "__bool__"][WHICH as usize];
    let (sv, n) = dunder_self(vm, &args, KIND, name)?;
    dunder_arity(&args, name, 0)?;
    match WHICH {
        0 => vm.unary_op(&sv, UnOp::Neg),
        1 => match sv {
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            _ => vm.unary_op(&sv, UnOp::Pos),
        },
        2 => vm.unary_op(&sv, UnOp::Invert),
        3 => Ok(match n {
            Num::Int(i) => i
                .checked_abs()
                .map(Value::Int)
                .unwrap_or_else(|| big_to_value(BigInt::from(i).abs())),
            Num::Big(b) => big_to_value(b.abs()),
            Num::Float(f) => Value::Float(f.abs()),
            Num::Complex(r, i) => {
                let h = r.hypot(i);
                if h.is_infinite() && r.is_finite() && i.is_finite() {
                    return Err(overflow_error("absolute value too large"));
                }
                Value::Float(h)
            }
        }),
        _ => Ok(Value::Bool(match n {
            Num::Int(i) => i != 0,
            Num::Big(b) => !b.is_zero(),
            Num::Float(f) => f != 0.0,
            Num::Complex(r, i) => r != 0.0 || i != 0.0,
        })),
    }
}

macro_rules! reg_binops {
    ($vm:expr, $cls:expr, $kind:expr, [$($op:literal),*]) => {
        $(
            $vm.add_method($cls, BINOPS[$op].dunder(), num_dunder_binop::<$kind, $op, false>);
            $vm.add_method($cls, BINOPS[$op].rdunder(), num_dunder_binop::<$kind, $op, true>);
        )*
    };
}

/// Install the arithmetic, comparison and unary dunders on int, float and complex.
pub fn init_numeric_dunders(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    let complex = vm.types.complex.clone();
    reg_binops!(vm, &int, KIND_INT, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    reg_binops!(vm, &float, KIND_FLOAT, [0, 1, 2, 3, 4, 5, 6]);
    reg_binops!(vm, &complex, KIND_COMPLEX, [0, 1, 2, 3, 6]);
    vm.add_method(&int, "__divmod__", num_dunder_divmod::<KIND_INT, false>);
    vm.add_method(&int, "__rdivmod__", num_dunder_divmod::<KIND_INT, true>);
    vm.add_method(&float, "__divmod__", num_dunder_divmod::<KIND_FLOAT, false>);
    vm.add_method(&float, "__rdivmod__", num_dunder_divmod::<KIND_FLOAT, true>);
    macro_rules! reg_cmp {
        ($cls:expr, $kind:expr) => {
            vm.add_method($cls, "__lt__", num_dunder_cmp::<$kind, 0>);
            vm.add_method($cls, "__le__", num_dunder_cmp::<$kind, 1>);
            vm.add_method($cls, "__eq__", num_dunder_cmp::<$kind, 2>);
            vm.add_method($cls, "__ne__", num_dunder_cmp::<$kind, 3>);
            vm.add_method($cls, "__gt__", num_dunder_cmp::<$kind, 4>);
            vm.add_method($cls, "__ge__", num_dunder_cmp::<$kind, 5>);
        };
    }
    reg_cmp!(&int, KIND_INT);
    reg_cmp!(&float, KIND_FLOAT);
    reg_cmp!(&complex, KIND_COMPLEX);
    vm.add_method(&int, "__neg__", num_dunder_unary::<KIND_INT, 0>);
    vm.add_method(&int, "__pos__", num_dunder_unary::<KIND_INT, 1>);
    vm.add_method(&int, "__invert__", num_dunder_unary::<KIND_INT, 2>);
    vm.add_method(&int, "__abs__", num_dunder_unary::<KIND_INT, 3>);
    vm.add_method(&float, "__neg__", num_dunder_unary::<KIND_FLOAT, 0>);
    vm.add_method(&float, "__pos__", num_dunder_unary::<KIND_FLOAT, 1>);
    vm.add_method(&float, "__abs__", num_dunder_unary::<KIND_FLOAT, 3>);
    vm.add_method(&float, "__bool__", num_dunder_unary::<KIND_FLOAT, 4>);
    vm.add_method(&complex, "__neg__", num_dunder_unary::<KIND_COMPLEX, 0>);
    vm.add_method(&complex, "__pos__", num_dunder_unary::<KIND_COMPLEX, 1>);
    vm.add_method(&complex, "__abs__", num_dunder_unary::<KIND_COMPLEX, 3>);
    vm.add_method(&complex, "__bool__", num_dunder_unary::<KIND_COMPLEX, 4>);
}

/// An `Obj::Instance` of a runtime-defined class (e.g. a dict view), whose native dunders are
/// its only implementation.
fn is_builtin_class_instance(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Obj::Instance(i) => i.exc.is_none() && matches!(&**i.class.borrow(), Obj::Class(c) if c.builtin),
            // type objects: `int | str` comes from type.__or__
            Obj::Class(_) => true,
            _ => false,
        },
        _ => false,
    }
}
