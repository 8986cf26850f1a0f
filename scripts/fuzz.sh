#!/usr/bin/env bash
# Builds one libFuzzer harness from Fuzz/<target>.swift and runs it.
#
#   scripts/fuzz.sh json|png|jpeg|http|pipeline SECONDS [extra libFuzzer flags...]
#
# `swift build -Xswiftc -sanitize=fuzzer` cannot link the package (the executable's `main`
# clashes with libFuzzer's), so the library targets the harness needs are compiled here as
# plain modules with coverage and AddressSanitizer, then linked with the harness. Objects and
# binaries go to .build-fuzz/fuzzer/; the growing corpus and any crash, leak or timeout
# artifact go to fuzz-out/<target>/ (both gitignored). The corpus is kept between runs.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh json|png|jpeg|http|pipeline SECONDS [libFuzzer flags...]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

build=.build-fuzz/fuzzer
out=fuzz-out/$target
mkdir -p "$build/modules" "$out/corpus" "$out/seeds" "$out/artifacts"

case $target in
    json) modules=(ShangjiaJSON) ;;
    png | jpeg) modules=(ShangjiaText ShangjiaInspect) ;;
    http) modules=(ShangjiaOnline) ;;
    pipeline) modules=(ShangjiaJSON ShangjiaText ShangjiaInspect ShangjiaOnline ShangjiaCore ShangjiaReport) ;;
    *) echo "unknown target '$target' (json, png, jpeg, http, pipeline)" >&2; exit 2 ;;
esac

flags=(-O -g -sanitize=fuzzer,address -parse-as-library
       -I "$build/modules" -I Sources/CZlib -Xcc -fmodule-map-file=Sources/CZlib/module.modulemap
       -I Sources/CJPEGShim/include -Xcc -fmodule-map-file=Sources/CJPEGShim/include/module.modulemap
       -I Sources/COpenSSL -Xcc -fmodule-map-file=Sources/COpenSSL/module.modulemap)

# One object and one .swiftmodule per library target, rebuilt when one of its sources is newer.
# Dependencies come first in `modules`, and a rebuilt module forces the ones after it.
objects=()
forced=false
# ShangjiaInspect decodes JPEGs through the C shim, instrumented like the Swift code. The system
# libjpeg it calls is not, so libFuzzer sees none of libjpeg's branches. With LIBJPEG_SOURCE set
# to a libjpeg-turbo 2.1 source tree (the system's version: `git archive 2.1.5` of
# github.com/libjpeg-turbo/libjpeg-turbo) its decoder is compiled here, instrumented, without SIMD.
libjpeg=(-l:libjpeg.a)
if [[ " ${modules[*]} " == *" ShangjiaInspect "* ]]; then
    shim=$build/CJPEGShim.o
    if [ ! -f "$shim" ] || [ -n "$(find Sources/CJPEGShim -newer "$shim" | head -1)" ]; then
        echo "fuzz.sh: compiling CJPEGShim" >&2
        clang -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CJPEGShim/include \
            -c Sources/CJPEGShim/JPEGShim.c -o "$shim"
        forced=true
    fi
    objects+=("$shim")
    if [ -n "${LIBJPEG_SOURCE:-}" ]; then
        archive=$build/libjpeg-instrumented.a
        if [ ! -f "$archive" ]; then
            echo "fuzz.sh: compiling libjpeg-turbo from $LIBJPEG_SOURCE" >&2
            mkdir -p "$build/libjpeg"
            # What CMake would generate for an 8-bit build with arithmetic coding and no SIMD.
            printf '%s\n' '#define JPEG_LIB_VERSION 62' '#define LIBJPEG_TURBO_VERSION 2.1.5' \
                '#define LIBJPEG_TURBO_VERSION_NUMBER 2001005' '#define C_ARITH_CODING_SUPPORTED 1' \
                '#define D_ARITH_CODING_SUPPORTED 1' '#define MEM_SRCDST_SUPPORTED 1' '#define BITS_IN_JSAMPLE 8' \
                > "$build/libjpeg/jconfig.h"
            printf '%s\n' '#define BUILD "fuzz"' '#undef inline' '#define INLINE inline __attribute__((always_inline))' \
                '#define THREAD_LOCAL __thread' '#define PACKAGE_NAME "libjpeg-turbo"' '#define VERSION "2.1.5"' \
                '#define SIZEOF_SIZE_T 8' '#define HAVE_BUILTIN_CTZL' '#define FALLTHROUGH __attribute__((fallthrough));' \
                > "$build/libjpeg/jconfigint.h"
            sed 's/@[A-Z_]*@//g' "$LIBJPEG_SOURCE/jversion.h.in" > "$build/libjpeg/jversion.h"
            libjpeg_objects=()
            for source in jcapimin jcapistd jccoefct jccolor jcdctmgr jchuff jcicc jcinit jcmainct jcmarker jcmaster \
                    jcomapi jcparam jcphuff jcprepct jcsample jctrans jdapimin jdapistd jdatadst jdatasrc jdcoefct \
                    jdcolor jddctmgr jdhuff jdicc jdinput jdmainct jdmarker jdmaster jdmerge jdphuff jdpostct \
                    jdsample jdtrans jerror jfdctflt jfdctfst jfdctint jidctflt jidctfst jidctint jidctred jquant1 \
                    jquant2 jutils jmemmgr jmemnobs jaricom jcarith jdarith jsimd_none; do
                clang -O1 -g -fsanitize=fuzzer-no-link,address -w -I "$build/libjpeg" -I "$LIBJPEG_SOURCE" \
                    -c "$LIBJPEG_SOURCE/$source.c" -o "$build/libjpeg/$source.o"
                libjpeg_objects+=("$build/libjpeg/$source.o")
            done
            ar rcs "$archive" "${libjpeg_objects[@]}"
        fi
        objects+=("$archive")
        libjpeg=()
    fi
fi
for module in "${modules[@]}"; do
    object=$build/$module.o
    mapfile -t sources < <(find Sources/"$module" -name '*.swift' | LC_ALL=C sort)
    if $forced || [ ! -f "$object" ] || [ -n "$(find Sources/"$module" -name '*.swift' -newer "$object" | head -1)" ]; then
        echo "fuzz.sh: compiling $module" >&2
        swiftc "${flags[@]}" -module-name "$module" -wmo -num-threads 0 \
            -emit-module -emit-module-path "$build/modules/$module.swiftmodule" \
            -c "${sources[@]}" -o "$object"
        forced=true
    fi
    objects+=("$object")
done

binary=$build/fuzz-$target${LIBJPEG_SOURCE:+-libjpeg}
stale=$forced
[ -x "$binary" ] && [ ! "Fuzz/$target.swift" -nt "$binary" ] || stale=true
for object in "${objects[@]}"; do [ "$object" -nt "$binary" ] && stale=true; done
if $stale; then
    echo "fuzz.sh: linking $binary" >&2
    swiftc "${flags[@]}" -module-name "Fuzz_$target" "Fuzz/$target.swift" "${objects[@]}" "${libjpeg[@]}" -lssl -lcrypto -lz -lm -o "$binary" 2>&1 \
        | { grep -v "Cannot export local symbol .__asan" || true; } >&2
fi

# Seeds: the test fixtures and the samples, copied once so that odd names do not matter.
if [ -z "$(ls -A "$out/seeds")" ]; then
    case $target in
        json) cp Tests/ShangjiaJSONTests/Fixtures/JSONTestSuite/test_parsing/*.json "$out/seeds/" ;;
        png) cp Tests/ShangjiaInspectTests/Fixtures/pngsuite/*.png "$out/seeds/" ;;
        jpeg) cp Tests/ShangjiaInspectTests/Fixtures/jpeg/*.jpg Tests/ShangjiaInspectTests/Fixtures/jpeg-made/*.jpg "$out/seeds/" ;;
        http) printf '\x03HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' > "$out/seeds/chunked"
              printf '\xffHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 301 Moved\r\nLocation: ../x?y\r\nContent-Length: 2\r\n\r\nok' > "$out/seeds/redirect"
              printf '\x10HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n' > "$out/seeds/gzip"; printf 'page' | gzip -n >> "$out/seeds/gzip" ;;
        pipeline) ;;
    esac
    if [ "$target" = json ] || [ "$target" = pipeline ]; then
        for manifest in samples/*/manifest.json; do
            cp "$manifest" "$out/seeds/$(basename "$(dirname "$manifest")").json"
        done
    fi
fi

# The Swift backtracer and ASan both want the fatal signals; libFuzzer's report is enough.
# Leak checking is off: Swift's lazily initialized globals (first touched by some later
# input) read as leaks.
# ASan's quarantine (256 MB by default) would count against -rss_limit_mb; 64 MB still
# catches use-after-free of recent blocks.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:quarantine_size_mb=64}
exec "$binary" -max_total_time="$seconds" -rss_limit_mb=512 -timeout=5 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$out/artifacts/" "$@" "$out/corpus" "$out/seeds"
