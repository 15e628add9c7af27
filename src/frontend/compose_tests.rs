//! The compose file parser and planner, on fixtures.

use super::*;

fn project(yaml: &str) -> Project {
    let dir = std::env::temp_dir().join(format!(
        "gorae-compose-{}",
        crate::store::fsutil::unique_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("compose.yaml"), yaml).unwrap();
    std::fs::write(dir.join(".env"), "TAG=1.0\n# comment\nPORT=8080\n").unwrap();
    let p = load(None, &dir, Some("Demo")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    p
}

#[test]
fn interpolation_order_and_arguments() {
    let p = project(
        r#"
services:
  web:
    image: "busybox:${TAG}"
    ports: ["${PORT}:80", {target: 81, published: 9091, protocol: udp}]
    environment: {A: "1", COST: "$$5", D: "${UNSET:-dflt}"}
    depends_on: {db: {condition: service_healthy}}
    volumes: ["data:/data", "./site:/site:ro", "/scratch"]
  db:
    image: busybox
    profiles: ["never"]
  tool:
    image: busybox
    profiles: ["debug"]
volumes:
  data: {}
"#,
    );
    assert_eq!(p.name, "demo");
    assert_eq!(p.image("web").unwrap(), "busybox:1.0");
    // db comes first (web needs it) although its profile is off; tool stays out.
    assert_eq!(p.ordered(&[], &[]).unwrap(), ["db", "web"]);
    assert_eq!(
        p.ordered(&[], &["debug".into()]).unwrap(),
        ["tool", "db", "web"]
    );
    assert_eq!(
        p.dependencies("web"),
        [("db".to_string(), "service_healthy".to_string())]
    );
    let mut a = Argv::new(&[]);
    p.run_args("web", &mut a).unwrap();
    let joined = a.words().join(" ");
    assert!(
        joined.contains("--network demo_default --network-alias web"),
        "{joined}"
    );
    assert!(
        joined.contains("-p 8080:80") && joined.contains("-p 9091:81/udp"),
        "{joined}"
    );
    assert!(
        joined.contains("-e A=1") && joined.contains("-e COST=$5") && joined.contains("-e D=dflt"),
        "{joined}"
    );
    assert!(joined.contains("-v demo_data:/data"), "{joined}");
    assert!(
        joined.contains("/site:/site:ro") && joined.contains("-v /scratch"),
        "{joined}"
    );
    assert_eq!(p.volumes_to_create(&["web".into()]), ["demo_data"]);
    assert_eq!(p.container("web"), "demo-web-1");
    assert!(p.ordered(&["nope".into()], &[]).is_err());
}

#[test]
fn cycles_missing_variables_and_bad_files_are_refused() {
    let dir = std::env::temp_dir().join(format!(
        "gorae-compose-{}",
        crate::store::fsutil::unique_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("compose.yaml"),
        "services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n",
    )
    .unwrap();
    let p = load(None, &dir, None).unwrap();
    assert!(
        p.ordered(&[], &[])
            .unwrap_err()
            .to_string()
            .contains("cycle")
    );
    std::fs::write(
        dir.join("compose.yaml"),
        "services:\n  a: {image: \"${NEEDED:?set NEEDED}\"}\n",
    )
    .unwrap();
    assert!(load(None, &dir, None).is_err());
    std::fs::write(dir.join("compose.yaml"), "services: {}\n").unwrap();
    assert!(load(None, &dir, None).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}
