// The floor under any linter that does what the spec asks, for scripts/bench.py: the file work
// alone, on every core, with nothing parsed and no rule run. It walks the folder, opens every
// file and reads its head (material-file judges content by its first bytes: screenshots and
// materials are only sniffed), and for each icon (icon*.png in the generated portfolio) checks
// the chunk CRCs and inflates the image data (icon-integrity), with zlib's Adler-32 check off
// as shangjia computes its own. Prints the bytes it handled.
//   bench_floor FOLDER THREADS
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum { head_size = 65536, icon_limit = 1 << 20, image_data_limit = 1 << 20, pixels_limit = 1 << 24 };

static char **folders;
static int folder_count, next_folder;
static pthread_mutex_t next_lock = PTHREAD_MUTEX_INITIALIZER;

static unsigned long read_be32(const unsigned char *bytes) {
    return (unsigned long)bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3];
}

// Chunk CRCs, then the concatenated IDAT inflated: what icon-integrity cannot skip.
static long check_png(const unsigned char *bytes, long size, unsigned char *image_data, unsigned char *pixels) {
    long offset = 8, gathered = 0, handled = 0;
    while (offset + 12 <= size) {
        unsigned long length = read_be32(bytes + offset);
        if (length > (unsigned long)(size - offset - 12)) break;
        handled += crc32(0, bytes + offset + 4, length + 4) == read_be32(bytes + offset + 8 + length);
        if (!memcmp(bytes + offset + 4, "IDAT", 4) && gathered + (long)length <= image_data_limit) {
            memcpy(image_data + gathered, bytes + offset + 8, length);
            gathered += length;
        }
        offset += 12 + length;
    }
    z_stream stream = {.next_in = image_data, .avail_in = (uInt)gathered, .next_out = pixels, .avail_out = pixels_limit};
    if (inflateInit(&stream) != Z_OK) return handled;
    inflateValidate(&stream, 0);
    inflate(&stream, Z_FINISH);
    handled += stream.total_out;
    inflateEnd(&stream);
    return handled;
}

static long walk(int folder, unsigned char *head, unsigned char *image_data, unsigned char *pixels) {
    DIR *listing = fdopendir(folder);
    if (!listing) return 0;
    long handled = 0;
    for (struct dirent *entry; (entry = readdir(listing));) {
        if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, "..")) continue;
        if (entry->d_type == DT_DIR) {
            int sub = openat(folder, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub >= 0) handled += walk(sub, head, image_data, pixels);
            continue;
        }
        int file = openat(folder, entry->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (file < 0) continue;
        struct stat status;
        fstat(file, &status);
        size_t name_length = strlen(entry->d_name);
        int icon = !strncmp(entry->d_name, "icon", 4) && name_length > 4 && !strcmp(entry->d_name + name_length - 4, ".png");
        // An icon is read whole (its CRCs and data are checked); any other file only its head.
        long got = pread(file, head, icon ? icon_limit : head_size, 0);
        close(file);
        if (got <= 0) continue;
        handled += got;
        if (icon) handled += check_png(head, got, image_data, pixels);
    }
    closedir(listing);
    return handled;
}

static void *worker(void *total) {
    unsigned char *head = malloc(icon_limit), *image_data = malloc(image_data_limit), *pixels = malloc(pixels_limit);
    long handled = 0;
    for (;;) {
        pthread_mutex_lock(&next_lock);
        int index = next_folder++;
        pthread_mutex_unlock(&next_lock);
        if (index >= folder_count) break;
        int folder = open(folders[index], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folder >= 0) handled += walk(folder, head, image_data, pixels);
    }
    free(head), free(image_data), free(pixels);
    __atomic_add_fetch((long *)total, handled, __ATOMIC_RELAXED);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) return fprintf(stderr, "usage: bench_floor FOLDER THREADS\n"), 2;
    DIR *top = opendir(argv[1]);
    if (!top) return perror(argv[1]), 1;
    // Each application folder is one unit of work, as shangjia lints one manifest per task.
    for (struct dirent *entry; (entry = readdir(top));) {
        if (entry->d_name[0] == '.') continue;
        folders = realloc(folders, (folder_count + 1) * sizeof *folders);
        if (asprintf(&folders[folder_count++], "%s/%s", argv[1], entry->d_name) < 0) return 1;
    }
    closedir(top);
    int thread_count = atoi(argv[2]) > 0 ? atoi(argv[2]) : 1;
    pthread_t *threads = calloc(thread_count, sizeof *threads);
    long total = 0;
    for (int index = 0; index < thread_count; index++) pthread_create(&threads[index], NULL, worker, &total);
    for (int index = 0; index < thread_count; index++) pthread_join(threads[index], NULL);
    printf("%ld\n", total);
    return 0;
}
