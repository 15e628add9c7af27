//! `secret create|ls|inspect|rm|exists`.

use std::io::Read;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};

use super::format::{self, ListFormat};
use crate::engine::Engine;
use crate::engine::secrets::IfExists;
use crate::store::secrets::SecretRecord;

#[derive(Debug, Subcommand)]
pub enum SecretCmd {
    /// Create a secret from a file, stdin (-) or an environment variable (--env)
    Create(CreateArgs),
    /// List secrets
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display a secret's details (never its data)
    Inspect(InspectArgs),
    /// Remove secrets
    #[command(alias = "remove")]
    Rm(RmArgs),
    /// Exit 0 if the secret exists, 1 if not
    Exists { name: String },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The secret driver: file (the only one gorae has; unencrypted, mode 0600)
    #[arg(short, long, default_value = "file")]
    pub driver: String,
    /// Driver options (KEY=VALUE,…); the file driver takes none
    #[arg(long, value_name = "KEY=VALUE")]
    pub driver_opts: Vec<String>,
    /// Read the data from the environment variable named by the second argument
    #[arg(long)]
    pub env: bool,
    /// Set a label (KEY=VALUE; repeat)
    #[arg(short, long)]
    pub label: Vec<String>,
    /// If a secret of that name exists, replace it
    #[arg(long)]
    pub replace: bool,
    /// If a secret of that name exists, do nothing and print its ID
    #[arg(long)]
    pub ignore: bool,
    pub name: String,
    /// A file, - for stdin, or with --env a variable's name
    pub source: String,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// JSON or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// name=REGEX, id=REGEX, label=KEY[=VALUE] (repeat)
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Do not print column headings
    #[arg(long)]
    pub noheading: bool,
    /// Print IDs only
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// JSON or a Go template
    #[arg(short, long)]
    pub format: Option<String>,
    /// Print in a form for people
    #[arg(long)]
    pub pretty: bool,
    #[arg(required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Remove every secret
    #[arg(short, long)]
    pub all: bool,
    /// No error for a secret that does not exist
    #[arg(short, long)]
    pub ignore: bool,
    pub names: Vec<String>,
}

/// `inspect`'s document, podman's `SecretInfoReport`.
fn secret_json(engine: &Engine, s: &SecretRecord) -> serde_json::Value {
    serde_json::json!({
        "ID": s.id,
        "CreatedAt": s.created,
        "UpdatedAt": s.updated,
        "Spec": {
            "Name": s.name,
            "Driver": {
                "Name": s.driver,
                "Options": {"path": engine.store.secrets_dir()},
            },
            "Labels": s.labels,
        },
    })
}

const PRETTY: &str = "ID:              {{.ID}}\nName:              {{.Spec.Name}}\n{{- if .Spec.Labels }}\nLabels:\n{{- range $k, $v := .Spec.Labels }}\n - {{ $k }}{{if $v }}={{ $v }}{{ end }}\n{{- end }}{{ end }}\nDriver:            {{.Spec.Driver.Name}}\nCreated at:        {{.CreatedAt}}\nUpdated at:        {{.UpdatedAt}}";

fn read_source(a: &CreateArgs) -> Result<Vec<u8>> {
    if a.env {
        return match std::env::var_os(&a.source) {
            Some(v) if !v.is_empty() => {
                Ok(std::os::unix::ffi::OsStrExt::as_bytes(v.as_os_str()).to_vec())
            }
            _ => bail!(
                "cannot create store secret data: environment variable {} is not set",
                a.source
            ),
        };
    }
    let mut data = Vec::new();
    if a.source == "-" || a.source == "/dev/stdin" {
        std::io::stdin()
            .take(1 << 20)
            .read_to_end(&mut data)
            .context("reading the secret from stdin")?;
        if data.is_empty() {
            bail!("if `-` is used, data must be passed into stdin");
        }
    } else {
        std::fs::File::open(&a.source)
            .and_then(|f| f.take(1 << 20).read_to_end(&mut data))
            .with_context(|| format!("open {}", a.source))?;
    }
    Ok(data)
}

fn secret_filter(given: &[String]) -> Result<impl Fn(&SecretRecord) -> bool> {
    let filters = format::parse_kv_filters(given, &["name", "id", "label"])?;
    Ok(move |s: &SecretRecord| {
        format::filters_match(&filters, |key, want| match key {
            "name" => format::regex_match(want, &s.name),
            "id" => format::regex_match(want, &s.id),
            "label" => format::label_matches(&s.labels, want),
            _ => false,
        })
    })
}

pub fn secret_cmd(c: SecretCmd) -> Result<ExitCode> {
    let engine = Engine::open_readonly()?;
    match c {
        SecretCmd::Create(a) => {
            if a.ignore && a.replace {
                bail!("cannot use --ignore and --replace flags together");
            }
            if let Some(o) = a.driver_opts.first() {
                bail!("{o}: invalid driver option: the file driver takes none");
            }
            let data = read_source(&a)?;
            let mode = match (a.replace, a.ignore) {
                (true, _) => IfExists::Replace,
                (_, true) => IfExists::Ignore,
                _ => IfExists::Fail,
            };
            let id =
                engine.create_secret(&a.name, &data, &a.driver, format::labels(&a.label), mode)?;
            format::print_stdout(&format!("{id}\n"));
        }
        SecretCmd::Ls(a) => {
            let keep = secret_filter(&a.filter)?;
            let mut list = engine.store.list_secrets()?;
            list.retain(|s| keep(s));
            if a.quiet && a.format.is_none() {
                format::print_stdout(
                    &list
                        .iter()
                        .map(|s| format!("{}\n", s.id))
                        .collect::<String>(),
                );
                return Ok(ExitCode::SUCCESS);
            }
            let rows: Vec<serde_json::Value> = list
                .iter()
                .map(|s| {
                    serde_json::json!({
                        "ID": s.id,
                        "Name": s.name,
                        "Driver": s.driver,
                        "CreatedAt": format::since(Some(&s.created)),
                        "UpdatedAt": format::since(Some(&s.updated)),
                        "Labels": s.labels,
                    })
                })
                .collect();
            ListFormat {
                format: a.format.as_deref(),
                default_table: "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.CreatedAt}}\t{{.UpdatedAt}}",
                headers: &[("CreatedAt", "CREATED"), ("UpdatedAt", "UPDATED")],
                no_heading: a.noheading,
            }
            .print(&rows, || serde_json::Value::Array(rows.clone()))?;
        }
        SecretCmd::Inspect(a) => {
            let mut docs = Vec::new();
            let mut errors = Vec::new();
            for n in &a.names {
                match engine.find_secret(n) {
                    Ok(s) => docs.push(secret_json(&engine, &s)),
                    Err(e) => errors.push(e),
                }
            }
            let format = if a.pretty {
                Some(PRETTY)
            } else {
                a.format.as_deref()
            };
            format::print_docs(&docs, format)?;
            if let Some((first, rest)) = errors.split_first() {
                for e in rest {
                    eprintln!("error inspecting secret: {e}");
                }
                bail!("inspecting secret: {first}");
            }
        }
        SecretCmd::Rm(a) => {
            if a.all != a.names.is_empty() {
                bail!("`gorae secret rm` requires one argument, or the --all flag");
            }
            let names = if a.all {
                engine
                    .store
                    .list_secrets()?
                    .into_iter()
                    .map(|s| s.id)
                    .collect()
            } else {
                a.names.clone()
            };
            let mut last = None;
            for n in &names {
                match engine.remove_secret(n) {
                    Ok(id) => format::print_stdout(&format!("{id}\n")),
                    Err(e) if a.ignore && e.is_not_found(crate::engine::Kind::Secret) => {}
                    Err(e) => {
                        if let Some(prev) = last.replace(e) {
                            eprintln!("Error: {prev}");
                        }
                    }
                }
            }
            if let Some(e) = last {
                return Err(e.into());
            }
        }
        SecretCmd::Exists { name } => {
            return Ok(ExitCode::from(u8::from(engine.find_secret(&name).is_err())));
        }
    }
    Ok(ExitCode::SUCCESS)
}
