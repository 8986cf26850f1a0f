#ifndef SHANGJIA_JPEG_SHIM_H
#define SHANGJIA_JPEG_SHIM_H

#include <stddef.h>

/// What decoding a JPEG came to.
typedef enum {
    /// `rgba` holds the image.
    SHANGJIA_JPEG_DECODED = 0,
    /// libjpeg stopped on an error, or the entropy-coded data is corrupt; `message` says why.
    SHANGJIA_JPEG_CORRUPT = 1,
    /// A colour space this decoder does not convert (e.g. 2 components); `message` says which.
    SHANGJIA_JPEG_UNSUPPORTED = 2,
} shangjia_jpeg_status;

enum { SHANGJIA_JPEG_MESSAGE_LENGTH = 200 };

/// Decodes the JPEG in `data` into `rgba`, `width` × `height` × 4 bytes provided by the caller,
/// which has read those dimensions from the frame header and bounded them. The frame libjpeg
/// reads must have exactly these dimensions. Greyscale, YCbCr, RGB, CMYK and YCCK (with or
/// without Adobe's inverted CMYK), baseline, progressive and arithmetic coded, 8-bit.
/// libjpeg's errors never leave this function: they come back as SHANGJIA_JPEG_CORRUPT with
/// the library's message in `message` (NUL-terminated, at most SHANGJIA_JPEG_MESSAGE_LENGTH bytes).
shangjia_jpeg_status shangjia_jpeg_decode_rgba(const unsigned char *data, size_t size,
                                               unsigned width, unsigned height,
                                               unsigned char *rgba,
                                               char message[SHANGJIA_JPEG_MESSAGE_LENGTH]);

#endif
