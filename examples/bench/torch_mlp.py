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
"""

import argparse
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
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
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


if __name__ == "__main__":
    main()
