//! One layer: download → (hash, keep blob) → decompress → (hash) → extract, as one stream.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures_util::StreamExt;
use oci_client::Reference;
use oci_client::manifest::OciDescriptor;
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;

use super::{PullError, Remote, short};
use crate::engine::Error;
use crate::engine::images::Progress;
use crate::image::extract::{self, ExtractError, ExtractOptions};
use crate::image::manifest::Descriptor;
use crate::store::fsutil::{self, FileLock, TempDir};
use crate::store::layers::LayerRecord;
use crate::store::{IoContext, Owner, Store};

pub(super) struct LayerJob<'a> {
    pub remote: &'a Remote,
    pub reference: &'a Reference,
    pub desc: &'a Descriptor,
    pub diff_id: &'a str,
    pub chain: &'a str,
    pub store: &'a Store,
    pub owner: Owner,
    pub extract: &'a ExtractOptions,
    pub progress: &'a Progress,
}

/// What the consumer thread measured.
struct Streamed {
    compressed: String,
    uncompressed: String,
    size: u64,
}

/// Makes sure the layer `job.chain` is unpacked; returns its uncompressed size.
pub(super) async fn fetch(job: LayerJob<'_>) -> Result<u64, PullError> {
    let store = job.store;
    let shown = short(&job.desc.digest).to_string();
    let layer_dir = store
        .layer_dir(job.chain)
        .ok_or_else(|| invalid(&job, "chain ID is not sha256"))?;
    if store.layer_trusted(job.chain, Some(job.diff_id)) {
        job.progress
            .note(&format!("Copying blob {shown} skipped: already exists"));
        return Ok(read_size(&layer_dir));
    }
    // One writer per layer: a concurrent pull of the same layer waits here, then finds it done.
    let lock_path = store.layer_lock_path(job.chain).expect("checked above");
    let _lock = tokio::task::spawn_blocking(move || FileLock::exclusive(&lock_path))
        .await
        .map_err(|e| PullError::Io("layer lock".into(), io::Error::other(e)))?
        .at(&store.locks_dir())?;
    if store.layer_trusted(job.chain, Some(job.diff_id)) {
        job.progress
            .note(&format!("Copying blob {shown} skipped: already exists"));
        return Ok(read_size(&layer_dir));
    }

    let tmp = TempDir::new(&store.layers_dir(), "layer").at(&store.layers_dir())?;
    let diff = tmp.path().join("diff");
    std::fs::create_dir(&diff).at(&diff)?;
    let blob_tmp = store
        .tmp_dir()
        .join(format!(".tmp-blob-{}", fsutil::unique_suffix()));
    let bar = job
        .progress
        .layer(&shown, u64::try_from(job.desc.size).unwrap_or(0));

    let (tx, rx) = mpsc::channel::<io::Result<Bytes>>(64);
    let consumer = {
        let diff = diff.clone();
        let blob_tmp = blob_tmp.clone();
        let opts = job.extract.clone();
        tokio::task::spawn_blocking(move || consume(rx, &blob_tmp, &diff, &opts))
    };
    let oci = OciDescriptor {
        media_type: job.desc.media_type.clone(),
        digest: job.desc.digest.clone(),
        size: job.desc.size,
        ..Default::default()
    };
    let produced = async {
        let mut stream = job
            .remote
            .client
            .pull_blob_stream(job.reference, &oci)
            .await
            .map_err(|e| job.remote.error(e))?;
        while let Some(chunk) = stream.stream.next().await {
            if let Ok(c) = &chunk {
                bar.inc(c.len() as u64);
            }
            // A closed channel means the consumer failed; its error is the one to report.
            if tx.send(chunk).await.is_err() {
                break;
            }
        }
        Ok::<(), PullError>(())
    }
    .await;
    drop(tx);
    let consumed = consumer
        .await
        .map_err(|e| PullError::Io("layer worker".into(), io::Error::other(e)))?;
    let result = (|| {
        produced?;
        let streamed = consumed.map_err(|e| match e {
            ConsumeError::Extract(source) => PullError::Extract {
                image: job.remote.shown.clone(),
                layer: job.desc.digest.clone(),
                source,
            },
            ConsumeError::Io(e) => PullError::Io(
                format!("{}: layer {}", job.remote.shown, job.desc.digest),
                e,
            ),
        })?;
        if streamed.compressed != job.desc.digest {
            return Err(PullError::DigestMismatch {
                image: job.remote.shown.clone(),
                what: "layer",
                expected: job.desc.digest.clone(),
                actual: streamed.compressed,
            });
        }
        if streamed.uncompressed != job.diff_id {
            return Err(PullError::DiffIdMismatch {
                image: job.remote.shown.clone(),
                layer: job.desc.digest.clone(),
                expected: job.diff_id.to_string(),
                actual: streamed.uncompressed,
            });
        }
        let record = LayerRecord {
            chain_id: job.chain.to_string(),
            diff_id: job.diff_id.to_string(),
            digest: job.desc.digest.clone(),
            media_type: job.desc.media_type.clone(),
            size: streamed.size,
        };
        let meta = tmp.path().join("layer.json");
        fsutil::write_atomic(
            &meta,
            &serde_json::to_vec_pretty(&record).expect("serializes"),
        )
        .at(&meta)?;
        // One syncfs makes every unpacked file durable before the layer becomes visible.
        let fd = File::open(tmp.path()).at(tmp.path())?;
        rustix::fs::syncfs(&fd)
            .map_err(io::Error::from)
            .at(tmp.path())?;
        if let Some(dest) = store.blob_path(&job.desc.digest) {
            if dest.exists() {
                let _ = std::fs::remove_file(&blob_tmp);
            } else {
                std::fs::rename(&blob_tmp, &dest).at(&dest)?;
            }
        }
        Ok(streamed.size)
    })();
    let size = match result {
        Ok(size) => size,
        Err(e) => {
            let _ = std::fs::remove_file(&blob_tmp);
            bar.fail();
            return Err(e);
        }
    };
    crate::sys::fault("pull.layer-unpacked");
    store.install_layer(job.owner, tmp, job.chain, job.diff_id)?;
    bar.finish();
    Ok(size)
}

fn invalid(job: &LayerJob<'_>, why: &'static str) -> PullError {
    PullError::Manifest {
        image: job.remote.shown.clone(),
        source: crate::image::manifest::ManifestError::Invalid(why),
    }
}

fn read_size(layer_dir: &Path) -> u64 {
    std::fs::read(layer_dir.join("layer.json"))
        .ok()
        .and_then(|d| serde_json::from_slice::<LayerRecord>(&d).ok())
        .map(|r| r.size)
        .unwrap_or(0)
}

enum ConsumeError {
    Extract(ExtractError),
    Io(io::Error),
}

/// Reads chunks from the channel, hashing them and keeping them as the blob file.
struct ChannelReader {
    rx: mpsc::Receiver<io::Result<Bytes>>,
    current: Bytes,
    hasher: Sha256,
    blob: File,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.current.is_empty() {
            match self.rx.blocking_recv() {
                None => return Ok(0),
                Some(Err(e)) => return Err(e),
                Some(Ok(chunk)) => {
                    self.hasher.update(&chunk);
                    self.blob.write_all(&chunk)?;
                    self.current = chunk;
                }
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current[..n]);
        self.current = self.current.slice(n..);
        Ok(n)
    }
}

/// Hashes what passes through: the uncompressed tar, for the diff_id.
struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    count: u64,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
}

/// Decompresses (gzip, zstd or plain, by magic bytes) and extracts; returns the diff_id and size.
fn decode_and_extract<R: BufRead>(
    buffered: &mut R,
    diff: &Path,
    opts: &ExtractOptions,
) -> Result<(String, u64), ConsumeError> {
    let magic = buffered.fill_buf().map_err(ConsumeError::Io)?.to_vec();
    let decoder: Box<dyn Read + '_> = if magic.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(buffered))
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let mut d = zstd::stream::read::Decoder::with_buffer(buffered).map_err(ConsumeError::Io)?;
        // Refuse frames that ask for more than a 128 MiB window (memory exhaustion).
        d.window_log_max(27).map_err(ConsumeError::Io)?;
        Box::new(d)
    } else {
        Box::new(buffered)
    };
    let mut hashing = HashingReader {
        inner: decoder,
        hasher: Sha256::new(),
        count: 0,
    };
    crate::sys::fault("pull.layer-start");
    extract::extract(&mut hashing, diff, opts).map_err(ConsumeError::Extract)?;
    crate::sys::fault("pull.layer-extracted");
    // Whatever follows the end-of-archive marker still counts toward the diff_id.
    io::copy(&mut hashing, &mut io::sink()).map_err(ConsumeError::Io)?;
    Ok((
        format!("sha256:{}", hex::encode(hashing.hasher.finalize())),
        hashing.count,
    ))
}

fn consume(
    rx: mpsc::Receiver<io::Result<Bytes>>,
    blob_path: &PathBuf,
    diff: &Path,
    opts: &ExtractOptions,
) -> Result<Streamed, ConsumeError> {
    let blob = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(blob_path)
        .map_err(ConsumeError::Io)?;
    let mut chan = ChannelReader {
        rx,
        current: Bytes::new(),
        hasher: Sha256::new(),
        blob,
    };
    let (uncompressed, size) = {
        let mut buffered = BufReader::with_capacity(256 * 1024, &mut chan);
        let result = decode_and_extract(&mut buffered, diff, opts)?;
        // Trailing bytes after the compressed stream still count toward the blob digest.
        io::copy(&mut buffered, &mut io::sink()).map_err(ConsumeError::Io)?;
        result
    };
    chan.blob.sync_all().map_err(ConsumeError::Io)?;
    Ok(Streamed {
        compressed: format!("sha256:{}", hex::encode(chan.hasher.finalize())),
        uncompressed,
        size,
    })
}

/// A layer unpacked from a local stream (`load`, `import`, `commit`).
#[derive(Debug, Clone)]
pub struct ImportedLayer {
    /// The blob as kept in the store: the stream's bytes, as given.
    pub digest: String,
    pub diff_id: String,
    pub chain_id: String,
    /// Bytes of the blob.
    pub blob_size: u64,
    /// Bytes of the uncompressed tar.
    pub size: u64,
}

/// Reads one layer (gzip, zstd or plain tar) from `src`, keeps it as a blob, unpacks it on top
/// of `parent_chain` (unless that layer exists already), and checks its uncompressed digest
/// against `expected_diff_id` when given. The caller holds a shared GC lock.
pub fn import_layer(
    store: &Store,
    owner: Owner,
    src: impl Read,
    parent_chain: Option<&str>,
    expected_diff_id: Option<&str>,
    media_type: &str,
    opts: &ExtractOptions,
) -> Result<ImportedLayer, Error> {
    let tmp = TempDir::new(&store.layers_dir(), "layer").at(&store.layers_dir())?;
    let diff = tmp.path().join("diff");
    std::fs::create_dir(&diff).at(&diff)?;
    let blob_tmp = store
        .tmp_dir()
        .join(format!(".tmp-blob-{}", fsutil::unique_suffix()));
    let result = (|| -> Result<ImportedLayer, Error> {
        let blob = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&blob_tmp)
            .at(&blob_tmp)?;
        let mut tee = TeeReader {
            inner: src,
            hasher: Sha256::new(),
            blob,
            count: 0,
        };
        let (diff_id, size) = {
            let mut buffered = BufReader::with_capacity(256 * 1024, &mut tee);
            let r = decode_and_extract(&mut buffered, &diff, opts).map_err(|e| match e {
                ConsumeError::Extract(e) => imported_extract(e),
                ConsumeError::Io(e) => imported_read(e),
            })?;
            io::copy(&mut buffered, &mut io::sink()).map_err(imported_read)?;
            r
        };
        if let Some(want) = expected_diff_id
            && want != diff_id
        {
            return Err(Error::Invalid(format!(
                "the layer's content ({diff_id}) does not match its diff_id {want}"
            )));
        }
        tee.blob.sync_all().at(&blob_tmp)?;
        let digest = format!("sha256:{}", hex::encode(tee.hasher.finalize()));
        let chain_id = match parent_chain {
            None => diff_id.clone(),
            Some(p) => crate::store::layers::chain_ids(&[p.to_string(), diff_id.clone()])
                .pop()
                .expect("two in, two out"),
        };
        Ok(ImportedLayer {
            digest,
            diff_id,
            chain_id,
            blob_size: tee.count,
            size,
        })
    })();
    let layer = match result {
        Ok(l) => l,
        Err(e) => {
            let _ = std::fs::remove_file(&blob_tmp);
            return Err(e);
        }
    };
    let keep_blob = || -> Result<(), Error> {
        match store.blob_path(&layer.digest) {
            Some(dest) if !dest.exists() => Ok(std::fs::rename(&blob_tmp, &dest).at(&dest)?),
            _ => {
                let _ = std::fs::remove_file(&blob_tmp);
                Ok(())
            }
        }
    };
    if store.layer_dir(&layer.chain_id).is_none() {
        return Err(Error::Invalid("the chain ID is not sha256".into()));
    }
    let lock_path = store
        .layer_lock_path(&layer.chain_id)
        .expect("checked above");
    let _lock = FileLock::exclusive(&lock_path).at(&lock_path)?;
    if store.layer_trusted(&layer.chain_id, Some(&layer.diff_id)) {
        keep_blob()?;
        return Ok(layer);
    }
    let record = LayerRecord {
        chain_id: layer.chain_id.clone(),
        diff_id: layer.diff_id.clone(),
        digest: layer.digest.clone(),
        media_type: media_type.to_string(),
        size: layer.size,
    };
    let meta = tmp.path().join("layer.json");
    fsutil::write_atomic(
        &meta,
        &serde_json::to_vec_pretty(&record).expect("serializes"),
    )
    .at(&meta)?;
    let fd = File::open(tmp.path()).at(tmp.path())?;
    rustix::fs::syncfs(&fd)
        .map_err(io::Error::from)
        .at(tmp.path())?;
    keep_blob()?;
    store.install_layer(owner, tmp, &layer.chain_id, &layer.diff_id)?;
    Ok(layer)
}

/// A local layer the extractor refused (bad names, unmapped owners, too large, undecodable)
/// is bad input; one it could not read or write is the engine's failure.
fn imported_extract(e: ExtractError) -> Error {
    let bad = match &e {
        ExtractError::Read(io) => undecodable(io),
        ExtractError::Io { .. } => false,
        _ => true,
    };
    if bad {
        Error::Invalid(e.to_string())
    } else {
        Error::System(e.to_string())
    }
}

/// Reading a local layer stream (whose path, if any, only the caller knows): undecodable
/// data is bad input, anything else a failed read.
fn imported_read(e: io::Error) -> Error {
    if undecodable(&e) {
        Error::Invalid(e.to_string())
    } else {
        Error::System(e.to_string())
    }
}

fn undecodable(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof
    )
}

/// Passes bytes through while hashing them and writing them to the blob file.
struct TeeReader<R> {
    inner: R,
    hasher: Sha256,
    blob: File,
    count: u64,
}

impl<R: Read> Read for TeeReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.blob.write_all(&buf[..n])?;
        self.count += n as u64;
        Ok(n)
    }
}
