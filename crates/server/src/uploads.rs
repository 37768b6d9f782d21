//! Pictures sellers upload: the type is sniffed from the bytes (never the file name), size and dimensions
//! are measured from the header before anything is decoded, and a JPEG thumbnail is made for catalogue cards.
//! Files are named by the SHA-256 of their content, so the same picture is stored once and every URL can be
//! cached forever.

use image::{ImageFormat, ImageReader, Limits, imageops::FilterType};
use sha2::{Digest, Sha256};
use std::{
    io::Cursor,
    path::{Path, PathBuf},
};

/// Largest accepted upload (LST-7 allows 5 MB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Longest side accepted; larger pictures are refused before decoding (decompression bombs).
pub const MAX_SIDE: u32 = 8000;
/// Longer side of a thumbnail.
pub const THUMB_SIDE: u32 = 320;
/// URL prefix the pictures are served under.
pub const URL_PREFIX: &str = "/media/uploads/";

/// A stored picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredImage {
    /// Served URL of the original.
    pub url: String,
    /// Served URL of the thumbnail.
    pub thumb_url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Size of the original in bytes.
    pub bytes: u64,
    /// Detected MIME type.
    pub mime: &'static str,
}

/// Why an upload was refused; the variants map to field error codes.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// Empty file.
    #[error("the file is empty")]
    Empty,
    /// Over [`MAX_BYTES`].
    #[error("the file is larger than 5 MB")]
    TooLarge,
    /// Not JPEG, PNG or WebP by content.
    #[error("the file is not a JPEG, PNG or WebP picture")]
    UnsupportedType,
    /// A side over [`MAX_SIDE`].
    #[error("the picture is larger than 8000 pixels on a side")]
    TooManyPixels,
    /// Header or data could not be read.
    #[error("the picture could not be read: {0}")]
    Unreadable(String),
    /// Writing to disk failed.
    #[error("storing the picture failed: {0}")]
    Io(#[from] std::io::Error),
}

impl UploadError {
    /// The stable field error code.
    pub fn code(&self) -> &'static str {
        match self {
            UploadError::Empty => "empty",
            UploadError::TooLarge => "too_large",
            UploadError::UnsupportedType => "unsupported_type",
            UploadError::TooManyPixels => "too_many_pixels",
            UploadError::Unreadable(_) => "unreadable",
            UploadError::Io(_) => "storage_failed",
        }
    }
}

/// Sniffs, measures, stores and thumbnails `bytes` under `dir`. Blocking: call from `spawn_blocking`.
pub fn store(dir: &Path, bytes: &[u8]) -> Result<StoredImage, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(UploadError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| UploadError::UnsupportedType)?;
    let (ext, mime) = match format {
        ImageFormat::Jpeg => ("jpg", "image/jpeg"),
        ImageFormat::Png => ("png", "image/png"),
        ImageFormat::WebP => ("webp", "image/webp"),
        _ => return Err(UploadError::UnsupportedType),
    };
    let reader = || ImageReader::with_format(Cursor::new(bytes), format);
    let (width, height) = reader()
        .into_dimensions()
        .map_err(|e| UploadError::Unreadable(e.to_string()))?;
    if width == 0 || height == 0 {
        return Err(UploadError::Unreadable("zero-sized picture".to_owned()));
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(UploadError::TooManyPixels);
    }
    let name: String = Sha256::digest(bytes)
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect();
    std::fs::create_dir_all(dir)?;
    let original = dir.join(format!("{name}.{ext}"));
    let thumb = dir.join(format!("{name}-{THUMB_SIDE}.jpg"));
    if !thumb.exists() {
        let mut limits = Limits::default();
        limits.max_image_width = Some(MAX_SIDE);
        limits.max_image_height = Some(MAX_SIDE);
        limits.max_alloc = Some(300 * 1024 * 1024);
        let mut decoder = reader();
        decoder.limits(limits);
        let picture = decoder
            .decode()
            .map_err(|e| UploadError::Unreadable(e.to_string()))?;
        let small = picture
            .resize(THUMB_SIDE, THUMB_SIDE, FilterType::Triangle)
            .to_rgb8();
        write_atomically(&thumb, |path| {
            small
                .save_with_format(path, ImageFormat::Jpeg)
                .map_err(|e| std::io::Error::other(e.to_string()))
        })?;
    }
    if !original.exists() {
        write_atomically(&original, |path| std::fs::write(path, bytes))?;
    }
    Ok(StoredImage {
        url: format!("{URL_PREFIX}{name}.{ext}"),
        thumb_url: format!("{URL_PREFIX}{name}-{THUMB_SIDE}.jpg"),
        width,
        height,
        bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
        mime,
    })
}

/// Writes through a temporary file and renames, so a crash never leaves half a picture under its final name.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    // A temporary name of its own per write: two uploads of the same picture at once (content-addressed
    // names) must not share one, or the second rename finds the file gone.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let temp = path.with_extension(format!(
        "{}.{}-{}.part",
        path.extension().and_then(|e| e.to_str()).unwrap_or("tmp"),
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    write(&temp)?;
    std::fs::rename(&temp, path)
}

/// The thumbnail URL of a stored picture's URL, or `None` for URLs that are not uploads.
pub fn thumb_url_of(url: &str) -> Option<String> {
    let file = url.strip_prefix(URL_PREFIX)?;
    let (name, _) = file.split_once('.')?;
    valid_name(name).then(|| format!("{URL_PREFIX}{name}-{THUMB_SIDE}.jpg"))
}

fn valid_name(name: &str) -> bool {
    name.len() == 32
        && name
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The true size, dimensions and type of a stored upload, read back from disk; `None` if `url` is not a
/// stored upload. Blocking.
pub fn measure(dir: &Path, url: &str) -> Option<(u64, u32, u32, &'static str)> {
    let file = url.strip_prefix(URL_PREFIX)?;
    let (path, mime) = served_file(dir, file)?;
    if file.contains(&format!("-{THUMB_SIDE}.")) {
        return None;
    }
    let bytes = std::fs::metadata(&path).ok()?.len();
    let (width, height) = ImageReader::open(&path)
        .ok()?
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()?;
    Some((bytes, width, height, mime))
}

/// The path and MIME type for a served file name, if it is one this module could have written.
pub fn served_file(dir: &Path, file: &str) -> Option<(PathBuf, &'static str)> {
    let (stem, ext) = file.rsplit_once('.')?;
    let name = stem.strip_suffix(&format!("-{THUMB_SIDE}")).unwrap_or(stem);
    if !valid_name(name) {
        return None;
    }
    let mime = match ext {
        "jpg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        _ => return None,
    };
    Some((dir.join(file), mime))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn stores_measures_and_thumbnails() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = png(1000, 750);
        let stored = store(dir.path(), &bytes).unwrap();
        assert_eq!(
            (stored.width, stored.height, stored.mime),
            (1000, 750, "image/png")
        );
        assert!(stored.url.starts_with(URL_PREFIX) && stored.url.ends_with(".png"));
        assert_eq!(thumb_url_of(&stored.url), Some(stored.thumb_url.clone()));
        let thumb_file = dir
            .path()
            .join(stored.thumb_url.strip_prefix(URL_PREFIX).unwrap());
        let (w, h) = ImageReader::open(&thumb_file)
            .unwrap()
            .with_guessed_format()
            .unwrap()
            .into_dimensions()
            .unwrap();
        assert_eq!((w, h), (320, 240));
        assert_eq!(
            store(dir.path(), &bytes).unwrap(),
            stored,
            "same content, same file"
        );
    }

    #[test]
    fn refuses_what_is_not_an_allowed_picture() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(store(dir.path(), b""), Err(UploadError::Empty)));
        assert!(matches!(
            store(dir.path(), b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Err(UploadError::UnsupportedType)
        ));
        assert!(matches!(
            store(dir.path(), b"GIF89a\x01\x00\x01\x00"),
            Err(UploadError::UnsupportedType)
        ));
        let mut truncated = png(10, 10);
        truncated.truncate(30);
        assert!(store(dir.path(), &truncated).is_err());
        assert!(matches!(
            store(dir.path(), &vec![0xFF; MAX_BYTES + 1]),
            Err(UploadError::TooLarge)
        ));
    }

    #[test]
    fn the_same_picture_uploaded_at_once_is_stored_once() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = png(900, 900);
        let stored: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| scope.spawn(|| store(dir.path(), &bytes)))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for result in &stored {
            assert_eq!(
                result.as_ref().unwrap().url,
                stored[0].as_ref().unwrap().url
            );
        }
        let leftovers = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .to_string_lossy()
                    .ends_with(".part")
            })
            .count();
        assert_eq!(leftovers, 0);
    }

    #[test]
    fn serves_only_names_it_writes() {
        let dir = Path::new("/x");
        assert!(served_file(dir, "0123456789abcdef0123456789abcdef.png").is_some());
        assert!(served_file(dir, "0123456789abcdef0123456789abcdef-320.jpg").is_some());
        assert!(served_file(dir, "../etc/passwd").is_none());
        assert!(served_file(dir, "0123456789abcdef0123456789abcdef.svg").is_none());
    }
}
