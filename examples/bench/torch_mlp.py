#!/usr/bin/env python3
"""PyTorch reference for prooflearn's training-step benchmark.

Trains the same step as prooflearn's tolerant mode: a 784-128-10 MLP
(Linear, ReLU, Linear), log-softmax cross-entropy, SGD with momentum 0.9 and
learning rate 0.05, batch 64, float32, each batch gathered from a uint8
dataset of 2,000 examples and scaled by 1/255 as the Go trainer does. One
thread: run with OPENBLAS_NUM_THREADS=1 as well, since Debian's PyTorch links
an OpenBLAS that starts its own threads whatever torch.set_num_threads says.

    OPENBLAS_NUM_THREADS=1 python3 examples/bench/torch_mlp.py [-steps N] [-repeat R]

Prints one line per measurement, the minimum over R repeats of N steps:

    torch <version> threads=1 ms/step=0.760 cpu-ms/step=0.758

With -idx DIR it instead trains fashion-mlp.json end to end, without a
proof, from the Fashion-MNIST IDX files in DIR (Debian:
/usr/share/datasets/fashion-mnist): 3,750 steps of batch 64, the learning
rate halved every 1,875 steps, then the test accuracy; the whole process is
what to time against examples/solver:

    OPENBLAS_NUM_THREADS=1 python3 examples/bench/torch_mlp.py -idx /usr/share/datasets/fashion-mnist
"""

import argparse
import gzip
import os
import time

import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-steps", type=int, default=500)
    ap.add_argument("-repeat", type=int, default=5)
    ap.add_argument("-warmup", type=int, default=50)
    ap.add_argument("-threads", type=int, default=1)
    ap.add_argument("-input", type=int, default=784)
    ap.add_argument("-hidden", type=int, default=128)
    ap.add_argument("-classes", type=int, default=10)
    ap.add_argument("-batch", type=int, default=64)
    ap.add_argument("-idx", default="", help="train fashion-mlp from the IDX files in this directory")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    if args.idx:
        train_fashion(args)
        return
    torch.manual_seed(1)
    examples = 2000
    pixels = torch.randint(0, 256, (examples, args.input), dtype=torch.uint8)
    labels = torch.randint(0, args.classes, (examples,))
    model = torch.nn.Sequential(
        torch.nn.Linear(args.input, args.hidden),
        torch.nn.ReLU(),
        torch.nn.Linear(args.hidden, args.classes),
    )
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()
    order = torch.randperm(examples)
    per_epoch = examples // args.batch

    def step(s):
        pos = (s % per_epoch) * args.batch
        idx = order[pos : pos + args.batch]
        x = pixels[idx].to(torch.float32) / 255
        y = labels[idx]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        return loss

    for s in range(args.warmup):
        step(s)
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for s in range(args.steps):
            loss = step(s)
        loss.item()
        best_wall = min(best_wall, (time.perf_counter() - w0) / args.steps)
        best_cpu = min(best_cpu, (time.process_time() - c0) / args.steps)
    print(
        f"torch {torch.__version__} threads={torch.get_num_threads()} "
        f"ms/step={1e3 * best_wall:.3f} cpu-ms/step={1e3 * best_cpu:.3f}"
    )


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        b = f.read()
    dims = b[3]
    shape = [int.from_bytes(b[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    data = torch.frombuffer(bytearray(b[4 + 4 * dims :]), dtype=torch.uint8)
    return data.reshape(shape[0], -1) if dims > 1 else data


def idx_file(d, stem):
    for name in (stem, stem + ".gz"):
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    raise FileNotFoundError(os.path.join(d, stem))


def train_fashion(args):
    t0 = time.perf_counter()
    x_train = read_idx(idx_file(args.idx, "train-images-idx3-ubyte"))
    y_train = read_idx(idx_file(args.idx, "train-labels-idx1-ubyte")).long()
    x_test = read_idx(idx_file(args.idx, "t10k-images-idx3-ubyte"))
    y_test = read_idx(idx_file(args.idx, "t10k-labels-idx1-ubyte")).long()
    loaded = time.perf_counter()
    torch.manual_seed(1)
    model = torch.nn.Sequential(
        torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)
    )
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1875, gamma=0.5)
    loss_fn = torch.nn.CrossEntropyLoss()
    n, batch, steps = x_train.shape[0], 64, 3750
    per_epoch = n // batch
    for s in range(steps):
        if s % per_epoch == 0:
            order = torch.randperm(n)
        pos = (s % per_epoch) * batch
        idx = order[pos : pos + batch]
        x = x_train[idx].to(torch.float32) / 255
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y_train[idx])
        loss.backward()
        opt.step()
        sched.step()
    trained = time.perf_counter()
    with torch.no_grad():
        acc = (model(x_test.to(torch.float32) / 255).argmax(1) == y_test).float().mean().item()
    print(
        f"torch {torch.__version__} threads={torch.get_num_threads()} load_s={loaded - t0:.2f} "
        f"train_s={trained - loaded:.2f} loss={loss.item():.4f} accuracy={100 * acc:.2f}%"
    )


if __name__ == "__main__":
    main()
