// libjpeg reports a fatal error by calling error_exit, which by default prints and calls exit().
// Swift cannot catch that, so every libjpeg call runs here, under setjmp, and error_exit
// longjmps back with the message.
#include "CJPEGShim.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <jpeglib.h>
#include <jerror.h>

/// A progressive file may hold any number of scans, each a pass over the whole image; real
/// encoders write about ten. Past this many the file is refused rather than decoded slowly.
#define MAX_SCANS 256
/// libjpeg's working memory (a progressive 1-megapixel CMYK image needs about 8 MB).
#define MAX_WORKING_MEMORY (64L * 1024 * 1024)

typedef struct {
    struct jpeg_error_mgr manager; // first, so that cinfo->err is this struct
    jmp_buf escape;
    char *message;
    int corruptWarning;
} shim_error;

static void copy_message(j_common_ptr cinfo, char *message) {
    char text[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, text);
    snprintf(message, SHANGJIA_JPEG_MESSAGE_LENGTH, "%s", text);
}

static void escape_on_error(j_common_ptr cinfo) {
    shim_error *error = (shim_error *)cinfo->err;
    copy_message(cinfo, error->message);
    longjmp(error->escape, 1);
}

/// Warnings are not printed. Those saying the entropy-coded data is damaged make the image
/// corrupt (libjpeg would go on, filling what it could not decode); the first one is kept.
/// Benign ones (an unknown JFIF revision or Adobe transform, a bad ICC marker) are ignored.
static void note_warning(j_common_ptr cinfo, int level) {
    shim_error *error = (shim_error *)cinfo->err;
    if (level != -1 || error->corruptWarning) return;
    switch (cinfo->err->msg_code) {
    case JWRN_ARITH_BAD_CODE: case JWRN_BOGUS_PROGRESSION: case JWRN_EXTRANEOUS_DATA:
    case JWRN_HIT_MARKER: case JWRN_HUFF_BAD_CODE: case JWRN_JPEG_EOF: case JWRN_MUST_RESYNC:
    case JWRN_NOT_SEQUENTIAL:
        error->corruptWarning = 1;
        copy_message(cinfo, error->message);
        break;
    default:
        break;
    }
}

static void limit_scans(j_common_ptr cinfo) {
    j_decompress_ptr decompress = (j_decompress_ptr)cinfo;
    if (decompress->input_scan_number > MAX_SCANS) {
        shim_error *error = (shim_error *)cinfo->err;
        snprintf(error->message, SHANGJIA_JPEG_MESSAGE_LENGTH, "more than %d scans", MAX_SCANS);
        longjmp(error->escape, 1);
    }
}

/// Adobe writes CMYK inverted (0 is full ink) and says so in its APP14 marker; other
/// encoders write ink amounts. Naive conversion without colour management, as browsers do.
static void cmyk_row_to_rgba(const JSAMPLE *cmyk, unsigned char *rgba, unsigned width, int inverted) {
    for (unsigned x = 0; x < width; x++, cmyk += 4, rgba += 4) {
        unsigned c = cmyk[0], m = cmyk[1], y = cmyk[2], k = cmyk[3];
        if (!inverted) { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k; }
        // Now each is 255 − ink: the light left after that ink.
        rgba[0] = (unsigned char)((c * k + 127) / 255);
        rgba[1] = (unsigned char)((m * k + 127) / 255);
        rgba[2] = (unsigned char)((y * k + 127) / 255);
        rgba[3] = 255;
    }
}

shangjia_jpeg_status shangjia_jpeg_decode_rgba(const unsigned char *data, size_t size,
                                               unsigned width, unsigned height,
                                               unsigned char *rgba,
                                               char message[SHANGJIA_JPEG_MESSAGE_LENGTH]) {
    struct jpeg_decompress_struct cinfo;
    shim_error error;
    struct jpeg_progress_mgr progress;
    // Touched after setjmp and read after a longjmp: volatile keeps them out of registers.
    JSAMPLE *volatile cmykRow = NULL;
    volatile shangjia_jpeg_status status = SHANGJIA_JPEG_CORRUPT;

    message[0] = '\0';
    cinfo.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = escape_on_error;
    error.manager.emit_message = note_warning;
    error.message = message;
    error.corruptWarning = 0;
    if (setjmp(error.escape)) {
        free(cmykRow);
        jpeg_destroy_decompress(&cinfo);
        return status;
    }
    jpeg_create_decompress(&cinfo);
    cinfo.mem->max_memory_to_use = MAX_WORKING_MEMORY;
    progress.progress_monitor = limit_scans;
    cinfo.progress = &progress;
    jpeg_mem_src(&cinfo, data, (unsigned long)size);
    jpeg_read_header(&cinfo, TRUE);
    if (cinfo.image_width != width || cinfo.image_height != height) {
        snprintf(message, SHANGJIA_JPEG_MESSAGE_LENGTH, "the frame is %ux%u, not %ux%u",
                 cinfo.image_width, cinfo.image_height, width, height);
        longjmp(error.escape, 1);
    }
    int cmyk = 0;
    switch (cinfo.jpeg_color_space) {
    case JCS_GRAYSCALE: case JCS_YCbCr: case JCS_RGB:
        cinfo.out_color_space = JCS_EXT_RGBA; // libjpeg-turbo fills alpha with 255
        break;
    case JCS_CMYK: case JCS_YCCK:
        cinfo.out_color_space = JCS_CMYK;
        cmyk = 1;
        break;
    default:
        status = SHANGJIA_JPEG_UNSUPPORTED;
        snprintf(message, SHANGJIA_JPEG_MESSAGE_LENGTH, "unsupported colour space with %d components",
                 cinfo.num_components);
        longjmp(error.escape, 1);
    }
    jpeg_start_decompress(&cinfo);
    // The caller's buffer holds width × height × 4 bytes: nothing else may be written into it.
    if (cinfo.output_width != width || cinfo.output_height != height || cinfo.output_components != 4) {
        snprintf(message, SHANGJIA_JPEG_MESSAGE_LENGTH, "unexpected output of %ux%u with %d components",
                 cinfo.output_width, cinfo.output_height, cinfo.output_components);
        longjmp(error.escape, 1);
    }
    if (cmyk) {
        cmykRow = malloc((size_t)width * 4);
        if (cmykRow == NULL) {
            snprintf(message, SHANGJIA_JPEG_MESSAGE_LENGTH, "out of memory");
            longjmp(error.escape, 1);
        }
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        unsigned char *row = rgba + (size_t)cinfo.output_scanline * width * 4;
        JSAMPROW target = cmyk ? cmykRow : row;
        if (jpeg_read_scanlines(&cinfo, &target, 1) != 1) break;
        if (cmyk) cmyk_row_to_rgba(cmykRow, row, width, cinfo.saw_Adobe_marker);
    }
    jpeg_finish_decompress(&cinfo);
    free(cmykRow);
    jpeg_destroy_decompress(&cinfo);
    return error.corruptWarning ? SHANGJIA_JPEG_CORRUPT : SHANGJIA_JPEG_DECODED;
}
