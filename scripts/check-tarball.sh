#!/usr/bin/env bash
# Packs the package and lints the tarball as a consumer would receive it:
# publint --strict (package.json, exports, files) and arethetypeswrong (types
# under node10, node16 CJS/ESM and bundler resolution). Run after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp/pack
rm -f .tmp/pack/*.tgz
tarball=$(npm pack --silent --pack-destination .tmp/pack | tail -n 1)
echo "packed .tmp/pack/${tarball} ($(du -k ".tmp/pack/${tarball}" | cut -f1) KB)"
if tar -tzf ".tmp/pack/${tarball}" | grep -E '^package/(test|src|bench|scripts|examples)/'; then
  echo "the tarball ships files it should not"; exit 1
fi
# The queue example's BullMQ and Redis client are devDependencies: never the package's.
if tar -xzOf ".tmp/pack/${tarball}" package/package.json |
  node -e 'const p=JSON.parse(require("fs").readFileSync(0,"utf8"));
    const deps={...p.dependencies,...p.peerDependencies,...p.optionalDependencies};
    process.exit(["bullmq","ioredis"].some((n)=>n in deps)?0:1)'; then
  echo "the packed package.json depends on bullmq or ioredis"; exit 1
fi
# Installed into an empty project: the consumer footprint (budget 25 MB) and a plan with holidays.
node scripts/install-size.mjs ".tmp/pack/${tarball}"
npx publint --strict ".tmp/pack/${tarball}"
npx attw ".tmp/pack/${tarball}"
