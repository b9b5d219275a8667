//! "Did you mean ...?" suggestions for NameError and AttributeError (CPython 3.11's rules:
//! a weighted Levenshtein distance where case changes are cheaper than other edits).

use crate::frame::Frame;
use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;

fn subst_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * MOVE_COST; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j] + MOVE_COST)
                .min(cur[j - 1] + MOVE_COST)
                .min(prev[j - 1] + subst_cost(a[i - 1], b[j - 1]));
        }
        prev = cur;
    }
    prev[b.len()]
}

pub fn best_match(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 {
        return None;
    }
    let max = (name.chars().count() + 3) * MOVE_COST / 6;
    let mut best: Option<(usize, String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let d = distance(name, c, max);
        if d > max {
            continue;
        }
        if best.as_ref().map(|(bd, _)| d < *bd).unwrap_or(true) {
            best = Some((d, c.clone()));
        }
    }
    best.map(|(_, s)| s)
}

fn dict_keys(d: &crate::value::ObjRef) -> Vec<String> {
    match &**d {
        Obj::Dict(dd) => dd
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(String::from))
            .collect(),
        _ => vec![],
    }
}

pub fn suggest_name(vm: &Vm, name: &str, fr: &Frame) -> Option<String> {
    let locals: Vec<String> = match &fr.locals {
        Some(l) => dict_keys(l),
        None => fr.code.co.varnames.iter().map(|s| s.to_string()).collect(),
    };
    if let Some(s) = best_match(name, &locals) {
        return Some(s);
    }
    if let Some(s) = best_match(name, &dict_keys(&fr.globals)) {
        return Some(s);
    }
    best_match(name, &dict_keys(&vm.builtins))
}

pub fn suggest_attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<String> {
    let names = crate::builtins::dir_names(vm, obj).ok()?;
    let names: Vec<String> = names.iter().filter_map(|v| v.as_str().map(String::from)).collect();
    best_match(name, &names)
}
