//! The glyphs `pdf-extract` hands over, collected per page with their position and size.

use super::*;

/// One glyph as placed on the page (y grows downwards from the top of the page).
#[derive(Debug, Clone, Copy)]
pub(super) struct Glyph {
    /// Left edge.
    pub(super) x: f64,
    /// Baseline.
    pub(super) y: f64,
    /// Right edge (left edge plus advance).
    pub(super) end: f64,
    /// Font size on the page.
    pub(super) size: f64,
    /// Byte range of its text in [`Page::chars`].
    pub(super) start: u32,
    /// End of that range.
    pub(super) stop: u32,
    /// A space glyph came just before it.
    pub(super) space_before: bool,
}

/// The glyphs of one page.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub(super) number: u32,
    /// Top of the media box, to turn PDF's upward y into a downward one.
    pub(super) top: f64,
    pub(super) chars: String,
    pub(super) glyphs: Vec<Glyph>,
}

impl Page {
    pub(super) fn text(&self, g: &Glyph) -> &str {
        self.chars
            .get(g.start as usize..g.stop as usize)
            .unwrap_or("")
    }
}

/// Receives the glyphs `pdf-extract` finds, page by page.
#[derive(Debug, Default)]
pub(super) struct Collector {
    pub(super) pages: Vec<Page>,
    pub(super) current: Option<Page>,
    pub(super) space: bool,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.current = Some(Page {
            number: page_num,
            top: media_box.ury,
            ..Page::default()
        });
        self.space = false;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        if let Some(page) = self.current.take() {
            self.pages.push(page);
        }
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let Some(page) = self.current.as_mut() else {
            return Ok(());
        };
        if char.chars().all(|c| c.is_whitespace() || c.is_control()) {
            self.space = true;
            return Ok(());
        }
        // The text rendering matrix scales the font size; its area scale is the size on
        // the page whatever the rotation.
        let scale = ((trm.m11 + trm.m21) * (trm.m12 + trm.m22)).abs().sqrt();
        let mut size = font_size.abs() * scale;
        if !size.is_finite() || size <= 0.0 {
            size = 1.0;
        }
        let x = if trm.m31.is_finite() { trm.m31 } else { 0.0 };
        let y = if trm.m32.is_finite() {
            page.top - trm.m32
        } else {
            0.0
        };
        let advance = if width.is_finite() { width * size } else { 0.0 };
        let start = u32::try_from(page.chars.len()).unwrap_or(u32::MAX);
        page.chars.extend(char.chars().filter(|c| !c.is_control()));
        let stop = u32::try_from(page.chars.len()).unwrap_or(u32::MAX);
        page.glyphs.push(Glyph {
            x,
            y,
            end: x + advance.max(0.0),
            size,
            start,
            stop,
            space_before: std::mem::take(&mut self.space),
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
