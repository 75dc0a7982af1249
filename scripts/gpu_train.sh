#!/usr/bin/env bash
# One prepared command for a lent GPU machine (issue 21): continue the bundled tagger
# and parser on EWT + GUM-CC-BY with scripts/train_model.py, several settings side by
# side on the one GPU, each under the same wall-clock budget, and leave the float16
# models and the logs in $OUT. Nothing is scored there: score what comes back here with
#   python scripts/train_model.py --only-eval --models DIR --out build/eval_X
#   python -m benchmarks --cached --no-speed --model DIR
#
# The machine has no network: Stanza and its missing dependencies travel as wheels
# in .whl/, the treebanks in .gpu/ud/ and the tagger to continue from in .gpu/init/
# (list both in .git/info/exclude and carry them). Made here with:
#
#   printf '/.whl/\n/.gpu/\n' >> .git/info/exclude
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#       --implementation cp --platform manylinux_2_17_x86_64 -d .whl \
#       stanza==1.15.0 emoji==2.16.0 orjson==3.13.0 platformdirs==4.14.8 \
#       udtools==0.2.9 udapi==0.5.2 termcolor==3.3.0
#   mkdir -p .gpu/ud .gpu/init && cp -r ../shared/ud/UD_English-EWT ../shared/ud/UD_English-GUM .gpu/ud/
#   cp quotekit/models/en_ewt_small/tagger.pt .gpu/init/
#
#   MINUTES=6.5 bash scripts/gpu_train.sh      # on the lent machine, .whl and .gpu carried
#   MINUTES=0.8 DEVICE=cpu OUT=build/gpu_out bash scripts/gpu_train.sh   # a dry run here
set -u
MINUTES=${MINUTES:-6.5}
DEVICE=${DEVICE:-cuda}
OUT=${OUT:-build/gpu_out}
mkdir -p "$OUT" build/gpu
if ! python3 -c "import stanza" 2>/dev/null && [ -d .whl ]; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
    export PYTHONPATH=/tmp/site
fi
python3 -c "import stanza, torch; print('stanza', stanza.__version__, 'torch', torch.__version__, 'cuda', torch.cuda.is_available())" || exit 1
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null

common=(--treebank .gpu/ud/UD_English-EWT --gum .gpu/ud/UD_English-GUM --device "$DEVICE" --minutes "$MINUTES" --no-eval)
tagger=(--recipe cpu-tagger --init .gpu/init --pos 1000000)
parser=(--recipe cpu-parser --parser 1000000)
export OMP_NUM_THREADS=3 PYTHONUNBUFFERED=1
# name | settings (each a separate process on the same GPU)
python3 scripts/train_model.py "${common[@]}" "${tagger[@]}" --out build/gpu/t1 --batch-size 32 --lr 3e-4 --eval-interval 500 >build/gpu/t1.log 2>&1 &
python3 scripts/train_model.py "${common[@]}" "${tagger[@]}" --out build/gpu/t2 --batch-size 128 --lr 5e-4 --eval-interval 200 >build/gpu/t2.log 2>&1 &
python3 scripts/train_model.py "${common[@]}" "${parser[@]}" --out build/gpu/p1 --batch-size 1000 --lr 1.0 --eval-interval 500 >build/gpu/p1.log 2>&1 &
python3 scripts/train_model.py "${common[@]}" "${parser[@]}" --out build/gpu/p2 --batch-size 5000 --lr 1.0 --eval-interval 200 >build/gpu/p2.log 2>&1 &
(sleep 120; nvidia-smi >build/gpu/smi.txt 2>&1) &
wait
for run in t1 t2; do cp build/gpu/$run/tagger.pt "$OUT/$run.pt" 2>/dev/null; done
for run in p1 p2; do cp build/gpu/$run/parser.pt "$OUT/$run.pt" 2>/dev/null; done
grep -h "dev_score\|budget\|Error" build/gpu/*.log | tail -40
tar czf "$OUT/logs.tgz" build/gpu/*.log build/gpu/smi.txt build/gpu/*/REPORT.md 2>/dev/null
ls -la "$OUT"
