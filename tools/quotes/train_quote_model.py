#!/usr/bin/env python3
"""Trains the character-level quote model that Get-CppnQuote samples from, and writes its weights.

The corpus is tools/quotes/corpus/ (George Long's translations of Marcus Aurelius' Meditations and of
Epictetus' Enchiridion, public domain; SOURCES.md there says where they came from). It is cut into
sentences, one a line, and a one-layer GRU learns to continue a line a character at a time; a line break
ends a sentence. The sentences go to tools/quotes/sentences.txt, their words to src/CppnPS.Core/Quotes/stoic-words.txt, and the weights to src/CppnPS.Core/Quotes/stoic-gru.bin (format below), which Core embeds
and runs (Quotes/QuoteModel.cs): training here, inference there, no Python at run time.

Usage (Debian: apt-get install python3-torch):  python3 tools/quotes/train_quote_model.py [--steps N] [--resume --lr R]
The shipped weights: 1000 steps from scratch, then --resume --lr 0.002 --steps 200, --resume --lr 0.002 --steps 4000 and
--resume --lr 0.001 --steps 2000 (the losses are in the commit messages).

Weights file, little-endian: magic 'CPPNGRU1', int32 vocabulary size V, int32 hidden size H, V UTF-16 code
units (uint16, the alphabet; index 0 is the line break), then float32 arrays in this order:
W_ih (3H x V), W_hh (3H x H), b_ih (3H), b_hh (3H), W_out (V x H), b_out (V); rows first, gates in PyTorch's
order r, z, n.
"""
import argparse
import os
import random
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
CORPUS = os.path.join(HERE, 'corpus')
OUTPUT = os.path.join(ROOT, 'src', 'CppnPS.Core', 'Quotes', 'stoic-gru.bin')
# The corpus's words, one a line: Core keeps a generated sentence only when every word in it is one of these.
WORDS = os.path.join(ROOT, 'src', 'CppnPS.Core', 'Quotes', 'stoic-words.txt')


def corpus_text():
    parts = []
    for name in ('meditations-long.txt', 'enchiridion-long.txt'):
        with open(os.path.join(CORPUS, name), encoding='utf-8') as f:
            parts.append(f.read())
    return '\n\n'.join(parts)


def sentences(text):
    """The corpus as sentences: headings dropped, lines joined, cut after . ? ! (not after an abbreviation).
    The same rule as Core's QuoteCorpus.Sentences, which the novelty test uses."""
    kept = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith('#') or re.fullmatch(r'BOOK [A-Z]+', s):
            kept.append('')
            continue
        kept.append(s)
    flat = re.sub(r'\s+', ' ', ' '.join(kept)).replace('\u2014', '--')
    out = []
    for piece in re.split(r'(?<=[.?!])\s+(?=[A-Z"\'(])', flat):
        piece = piece.strip()
        if len(piece) >= 20:
            out.append(piece)
    return out


def words(sentence):
    """The words of a sentence as the vocabulary lists them: runs of ASCII letters and apostrophes, without apostrophes
    at either end, in lower case. The same rule as Core's QuoteModel.Words."""
    found = (w.strip("'").lower() for w in re.findall(r"[A-Za-z']+", sentence))
    return [w for w in found if w]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--steps', type=int, default=1000)
    parser.add_argument('--hidden', type=int, default=128)
    parser.add_argument('--seed', type=int, default=1862)
    parser.add_argument('--resume', action='store_true', help='start from the weights file instead of random weights')
    parser.add_argument('--lr', type=float, default=3e-3)
    parser.add_argument('--output', default=OUTPUT, help='the weights file to write (and to resume from)')
    args = parser.parse_args()

    import torch
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(1)

    lines = sentences(corpus_text())
    # The sentences as trained on, one a line: the novelty test counts generated sentences found here verbatim.
    with open(os.path.join(HERE, 'sentences.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    with open(WORDS, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(sorted({w for line in lines for w in words(line)})) + '\n')
    alphabet = ['\n'] + sorted(set(''.join(lines)))
    index = {c: i for i, c in enumerate(alphabet)}
    V, H = len(alphabet), args.hidden
    print(f'{len(lines)} sentences, alphabet {V}, hidden {H}', file=sys.stderr)

    stream = '\n' + '\n'.join(lines) + '\n'
    data = torch.tensor([index[c] for c in stream], dtype=torch.long)

    gru = torch.nn.GRU(V, H, batch_first=True)
    head = torch.nn.Linear(H, V)
    if args.resume:
        read(args.output, alphabet, gru, head)
    params = list(gru.parameters()) + list(head.parameters())
    optimiser = torch.optim.Adam(params, lr=args.lr)
    eye = torch.eye(V)
    seq, batch = 80, 32
    for step in range(1, args.steps + 1):
        starts = torch.randint(0, len(data) - seq - 1, (batch,))
        x = torch.stack([data[s:s + seq] for s in starts])
        y = torch.stack([data[s + 1:s + seq + 1] for s in starts])
        out, _ = gru(eye[x])
        loss = torch.nn.functional.cross_entropy(head(out).reshape(-1, V), y.reshape(-1))
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        if step == args.steps * 3 // 4:
            for group in optimiser.param_groups:
                group['lr'] = args.lr / 3
        if step % 100 == 0:
            print(f'step {step} loss {loss.item():.3f}', file=sys.stderr, flush=True)
            write(args.output, alphabet, gru, head)
    write(args.output, alphabet, gru, head)


def read(path, alphabet, gru, head):
    """Loads a weights file written by write() for the same alphabet and sizes (to train further)."""
    import torch
    with open(path, 'rb') as f:
        data = f.read()
    V, H = struct.unpack_from('<ii', data, 8)
    at = 16 + 2 * V
    if list(struct.unpack_from('<%dH' % V, data, 16)) != [ord(c) for c in alphabet] or H != gru.hidden_size:
        raise SystemExit('The weights file was trained on another alphabet or size; train from scratch.')
    with torch.no_grad():
        for tensor in (gru.weight_ih_l0, gru.weight_hh_l0, gru.bias_ih_l0, gru.bias_hh_l0, head.weight, head.bias):
            n = tensor.numel()
            tensor.copy_(torch.tensor(struct.unpack_from('<%df' % n, data, at)).view_as(tensor))
            at += 4 * n


def write(path, alphabet, gru, head):
    """Writes the weights file (format in the module docstring)."""
    V, H = len(alphabet), gru.hidden_size
    with open(path, 'wb') as f:
        f.write(b'CPPNGRU1')
        f.write(struct.pack('<ii', V, H))
        f.write(struct.pack('<%dH' % V, *[ord(c) for c in alphabet]))
        for tensor in (gru.weight_ih_l0, gru.weight_hh_l0, gru.bias_ih_l0, gru.bias_hh_l0, head.weight, head.bias):
            values = tensor.detach().contiguous().view(-1).tolist()
            f.write(struct.pack('<%df' % len(values), *values))


if __name__ == '__main__':
    main()
