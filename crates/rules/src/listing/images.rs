//! LST-7: main images. 1–6 images; square at least 800×800 or 3:4 portrait at least 750×1000; at most
//! 5 MB; JPEG, PNG or WebP (all numbers from the policy). Fewer than the recommended count gets a hint.

use super::Prepared;
use crate::{
    Engine,
    verdicts::{Report, indexed, keys, num, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let limits = &engine.policy().listing;
    let images = &p.draft.images;
    if images.len() > limits.images_max as usize {
        report.push(
            keys::LST_7_TOO_MANY_IMAGES,
            "images",
            [
                ("count", num(images.len())),
                ("max", num(limits.images_max)),
            ],
        );
    } else if !images.is_empty() && images.len() < limits.images_recommended as usize {
        report.push(
            keys::LST_7_MORE_IMAGES_RECOMMENDED,
            "images",
            [
                ("count", num(images.len())),
                ("recommended", num(limits.images_recommended)),
            ],
        );
    }
    let tolerance = u64::from(limits.image_ratio_tolerance_permille);
    for (i, image) in images.iter().enumerate() {
        let field = || indexed("images", i, "");
        let (w, h) = (u64::from(image.width), u64::from(image.height));
        // Ratios compared in integers: |w - h| within the tolerance of the longer side, |4w - 3h| within
        // the tolerance of 3h.
        let square = w.abs_diff(h) * 1000 <= tolerance * w.max(h);
        let portrait = (4 * w).abs_diff(3 * h) * 1000 <= tolerance * 3 * h;
        let dims = [("width", num(image.width)), ("height", num(image.height))];
        if square && h > 0 {
            if w.min(h) < u64::from(limits.image_square_min_px) {
                report.push(keys::LST_7_IMAGE_TOO_SMALL, field(), dims);
            }
        } else if portrait && h > 0 {
            if w < u64::from(limits.image_portrait_min_width)
                || h < u64::from(limits.image_portrait_min_height)
            {
                report.push(keys::LST_7_IMAGE_TOO_SMALL, field(), dims);
            }
        } else {
            report.push(keys::LST_7_IMAGE_ASPECT, field(), dims);
        }
        if image.bytes > limits.image_max_bytes {
            report.push(
                keys::LST_7_IMAGE_TOO_LARGE,
                field(),
                [
                    ("bytes", num(image.bytes)),
                    ("max", num(limits.image_max_bytes)),
                ],
            );
        }
        let mime = image.mime.trim();
        if !limits
            .image_mime_types
            .iter()
            .any(|m| m.eq_ignore_ascii_case(mime))
        {
            report.push(
                keys::LST_7_IMAGE_TYPE,
                field(),
                [("mime", text(image.mime.as_str()))],
            );
        }
    }
}
