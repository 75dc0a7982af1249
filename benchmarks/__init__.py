"""quotekit benchmarks: accuracy on the seed and on PolNeAR dev, speed against bare Stanza.

Run ``python -m benchmarks`` from the repository root.
"""
