#!/usr/bin/env bash
# Test certificates with FIXED dates, so every online test is judged against --today and
# never against the clock. Run once; the PEM files it writes are committed.
#   root (2025-01-01 → 2036-01-01) → intermediate (2025-01-01 → 2035-01-01) → leaves:
#   good      *.shangjia.test                2026-01-01 → 2027-12-31
#   expired   *.shangjia.test                2025-01-01 → 2026-01-01
#   soon      *.shangjia.test                2026-01-01 → 2026-12-10 (17 days after 2026-11-23)
#   weak      *.shangjia.test, RSA-1024      2026-01-01 → 2027-12-31
#   self      *.shangjia.test, self-signed   2026-01-01 → 2027-12-31
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir db && touch db/index && echo 1000 > db/serial
cat > ca.cnf <<'CNF'
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = db/index
serial = db/serial
new_certs_dir = .
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[v3_ca]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:*.shangjia.test, DNS:shangjia.test
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
sign() { # name key issuer-cert issuer-key start end extensions [selfsign]
  openssl req -new -key "$2" -subj "/CN=$1" -out "$1.csr" 2>/dev/null
  if [ "${8:-}" = selfsign ]; then
    openssl ca -batch -config ca.cnf -selfsign -keyfile "$2" -in "$1.csr" -out "$1.pem" -startdate "$5" -enddate "$6" -extensions "$7" -notext 2>/dev/null
  else
    openssl ca -batch -config ca.cnf -cert "$3" -keyfile "$4" -in "$1.csr" -out "$1.pem" -startdate "$5" -enddate "$6" -extensions "$7" -notext 2>/dev/null
  fi
}
for name in root intermediate good expired soon self; do openssl genrsa -out "$name.key" 2048 2>/dev/null; done
openssl genrsa -out weak.key 1024 2>/dev/null
sign "shangjia test root" root.key - - 20250101000000Z 20360101000000Z v3_ca selfsign && mv "shangjia test root.pem" root.pem
sign "shangjia test intermediate" intermediate.key root.pem root.key 20250101000000Z 20350101000000Z v3_ca && mv "shangjia test intermediate.pem" intermediate.pem
sign "good.shangjia.test" good.key intermediate.pem intermediate.key 20260101000000Z 20271231000000Z leaf && mv good.shangjia.test.pem good.pem
sign "expired.shangjia.test" expired.key intermediate.pem intermediate.key 20250101000000Z 20260101000000Z leaf && mv expired.shangjia.test.pem expired.pem
sign "soon.shangjia.test" soon.key intermediate.pem intermediate.key 20260101000000Z 20261210000000Z leaf && mv soon.shangjia.test.pem soon.pem
sign "weak.shangjia.test" weak.key intermediate.pem intermediate.key 20260101000000Z 20271231000000Z leaf && mv weak.shangjia.test.pem weak.pem
sign "self.shangjia.test" self.key - - 20260101000000Z 20271231000000Z leaf selfsign && mv self.shangjia.test.pem self.pem
for name in root intermediate good expired soon weak self; do
  cp "$name.pem" "$out/$name.pem"
done
for name in good expired soon weak self; do cp "$name.key" "$out/$name.key"; done
echo "written to $out"
