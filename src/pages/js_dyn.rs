//! Browser properties and methods reached through `Reflect.get`, `Reflect.set` and `Function.call`, which the
//! shop already imports. Every typed `web-sys` call becomes an import of the app's main module and a function
//! in its JS glue, both part of the home route's download even when only a lazy section makes the call; the
//! seller center and the console use these instead.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[name]`; `undefined` if reading it threw.
pub fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[index]`.
pub fn at(target: &JsValue, index: u32) -> JsValue {
    Reflect::get(target, &JsValue::from(index)).unwrap_or(JsValue::UNDEFINED)
}

/// `target[name] = value`.
pub fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// `globalThis[name]` (`Date`, `Math`, `sessionStorage`, ...).
pub fn global(name: &str) -> JsValue {
    get(&js_sys::global(), name)
}

/// `target[method]()`; `undefined` if it is not a function or threw.
pub fn call0(target: &JsValue, method: &str) -> JsValue {
    get(target, method)
        .dyn_into::<Function>()
        .ok()
        .and_then(|f| f.call0(target).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// `target[method](arg)`; `undefined` if it is not a function or threw.
pub fn call1(target: &JsValue, method: &str, arg: &JsValue) -> JsValue {
    get(target, method)
        .dyn_into::<Function>()
        .ok()
        .and_then(|f| f.call1(target, arg).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// `new globalThis[class](first, second?)`, if the browser has that class and it did not throw.
pub fn construct(class: &str, first: &JsValue, second: Option<&JsValue>) -> Option<JsValue> {
    let class = global(class).dyn_into::<Function>().ok()?;
    let args = Array::of1(first);
    if let Some(second) = second {
        args.push(second);
    }
    Reflect::construct(&class, &args).ok()
}

/// `Date.now()`, in milliseconds.
pub fn now() -> f64 {
    call0(&global("Date"), "now").as_f64().unwrap_or_default()
}
