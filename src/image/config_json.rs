//! Edits of an image config kept as JSON (so fields gorae doesn't model survive): the
//! changes `commit --change`, `import --change` and `build` make.

use serde_json::{Value, json};

/// An array of strings (a missing or odd value is empty).
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The config's `config` section, made an object if it is not one.
pub fn section(config: &mut Value) -> &mut Value {
    if !config["config"].is_object() {
        config["config"] = json!({});
    }
    &mut config["config"]
}

fn object<'a>(c: &'a mut Value, key: &str) -> &'a mut Value {
    if !c[key].is_object() {
        c[key] = json!({});
    }
    &mut c[key]
}

/// Sets environment variables, replacing earlier values of the same names.
pub fn set_env(c: &mut Value, pairs: impl IntoIterator<Item = (String, String)>) {
    let mut env = strings(&c["Env"]);
    for (k, v) in pairs {
        env.retain(|e| e.split_once('=').map(|(ek, _)| ek) != Some(k.as_str()));
        env.push(format!("{k}={v}"));
    }
    c["Env"] = json!(env);
}

pub fn set_labels(c: &mut Value, pairs: impl IntoIterator<Item = (String, String)>) {
    let labels = object(c, "Labels");
    for (k, v) in pairs {
        labels[k] = json!(v);
    }
}

/// `EXPOSE`: ports, `/tcp` unless a protocol is given.
pub fn expose(c: &mut Value, ports: impl IntoIterator<Item = String>) {
    let exposed = object(c, "ExposedPorts");
    for p in ports {
        let p = if p.contains('/') {
            p
        } else {
            format!("{p}/tcp")
        };
        exposed[p] = json!({});
    }
}

pub fn add_volumes(c: &mut Value, paths: impl IntoIterator<Item = String>) {
    let volumes = object(c, "Volumes");
    for v in paths {
        volumes[v] = json!({});
    }
}

/// Appends a layer's diff_id to `rootfs`.
pub fn add_layer(config: &mut Value, diff_id: &str) {
    if !config["rootfs"]["diff_ids"].is_array() {
        config["rootfs"] = json!({"type": "layers", "diff_ids": []});
    }
    if let Some(a) = config["rootfs"]["diff_ids"].as_array_mut() {
        a.push(json!(diff_id));
    }
}

/// Appends a `history` entry.
pub fn add_history(config: &mut Value, entry: Value) {
    if !config["history"].is_array() {
        config["history"] = json!([]);
    }
    if let Some(a) = config["history"].as_array_mut() {
        a.push(entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_what_they_do_not_touch() {
        let mut cfg = json!({"config": {"Env": ["A=1", "B=2"], "Custom": 7}, "extra": true});
        let c = section(&mut cfg);
        set_env(c, [("A".to_string(), "3".to_string())]);
        set_labels(c, [("k".to_string(), "v".to_string())]);
        expose(c, ["80".to_string(), "53/udp".to_string()]);
        add_volumes(c, ["/data".to_string()]);
        add_layer(&mut cfg, "sha256:x");
        add_history(&mut cfg, json!({"created_by": "t"}));
        assert_eq!(strings(&cfg["config"]["Env"]), ["B=2", "A=3"]);
        assert_eq!(cfg["config"]["Custom"], 7);
        assert_eq!(cfg["extra"], true);
        assert!(cfg["config"]["ExposedPorts"]["80/tcp"].is_object());
        assert!(cfg["config"]["ExposedPorts"]["53/udp"].is_object());
        assert_eq!(cfg["config"]["Labels"]["k"], "v");
        assert_eq!(cfg["rootfs"]["diff_ids"][0], "sha256:x");
        assert_eq!(cfg["history"][0]["created_by"], "t");
    }
}
