#!/usr/bin/env python3
"""PyTorch reference for prooflearn's CNN training step (BenchmarkCNNStep).

The same step as testdata/tasks/fashion-cnn.json: conv 1→16 (5×5, padding
2), ReLU, 2×2 max-pool, conv 16→32 (5×5), ReLU, 2×2 max-pool, flatten,
dense 800→128, ReLU, dense 128→10; log-softmax cross-entropy; Adam
(η 0.0015, β 0.9/0.999, ε 1e-8); batch 64, float32, each batch gathered from
a uint8 dataset of 2,000 examples and scaled by 1/255 as the Go trainer
does. One thread (run with OPENBLAS_NUM_THREADS=1 as well):

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 examples/bench/torch_cnn.py [-steps N] [-repeat R] [-threads T]

Prints the minimum over R repeats of N steps, and GFLOP/s counted as
go test -bench CNNStep counts them (three forward passes, two FLOPs per
multiply-add):

    torch <version> threads=1 ms/step=... cpu-ms/step=... steps/s=... gflops=...
"""

import argparse
import time

import torch


def forward_macs():
    conv1 = 16 * 28 * 28 * 1 * 25
    conv2 = 32 * 10 * 10 * 16 * 25
    return conv1 + conv2 + 800 * 128 + 128 * 10


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-steps", type=int, default=100)
    ap.add_argument("-repeat", type=int, default=5)
    ap.add_argument("-warmup", type=int, default=10)
    ap.add_argument("-threads", type=int, default=1)
    ap.add_argument("-batch", type=int, default=64)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    examples = 2000
    pixels = torch.randint(0, 256, (examples, 1, 28, 28), dtype=torch.uint8)
    labels = torch.randint(0, 10, (examples,))
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, 16, 5, padding=2), torch.nn.ReLU(), torch.nn.MaxPool2d(2, 2),
        torch.nn.Conv2d(16, 32, 5), torch.nn.ReLU(), torch.nn.MaxPool2d(2, 2),
        torch.nn.Flatten(), torch.nn.Linear(800, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10),
    )
    opt = torch.optim.Adam(model.parameters(), lr=0.0015, betas=(0.9, 0.999), eps=1e-8)
    loss_fn = torch.nn.CrossEntropyLoss()
    order = torch.randperm(examples)

    def step(i):
        idx = order[(i * args.batch) % (examples - args.batch):][: args.batch]
        x = pixels[idx].to(torch.float32) / 255
        y = labels[idx]
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()

    for i in range(args.warmup):
        step(i)
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for i in range(args.steps):
            step(i)
        best_wall = min(best_wall, (time.perf_counter() - w0) / args.steps)
        best_cpu = min(best_cpu, (time.process_time() - c0) / args.steps)
    flops = 3 * 2 * args.batch * forward_macs()
    print("torch %s threads=%d ms/step=%.3f cpu-ms/step=%.3f steps/s=%.1f gflops=%.2f"
          % (torch.__version__, args.threads, 1e3 * best_wall, 1e3 * best_cpu, 1 / best_wall, flops / best_wall / 1e9))


if __name__ == "__main__":
    main()
