// Binary logistic regression by full-batch gradient descent with momentum: deterministic, from zero weights. The first
// feature of every example is the bias (1), which is not regularised.

export interface Example {
  x: number[];
  /** 1 for the class the model is asked about, 0 for the other. */
  y: 0 | 1;
}

export interface TrainOptions {
  /** L2 strength, per example. */
  lambda: number;
  /** How much more an example of class 1 weighs than one of class 0. */
  positiveWeight: number;
  epochs: number;
}

export function trainLogistic(data: Example[], { lambda, positiveWeight, epochs }: TrainOptions): number[] {
  const width = data[0]?.x.length ?? 0;
  const w = new Array<number>(width).fill(0);
  const velocity = new Array<number>(width).fill(0);
  const total = data.reduce((sum, example) => sum + (example.y === 1 ? positiveWeight : 1), 0);
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(width).fill(0);
    for (const example of data) {
      let score = 0;
      for (let j = 0; j < width; j++) score += w[j]! * example.x[j]!;
      const error = (1 / (1 + Math.exp(-score)) - example.y) * (example.y === 1 ? positiveWeight : 1);
      for (let j = 0; j < width; j++) grad[j]! += error * example.x[j]!;
    }
    for (let j = 0; j < width; j++) {
      const step = grad[j]! / total + (j === 0 ? 0 : lambda * w[j]!);
      velocity[j] = 0.9 * velocity[j]! - rate * step;
      w[j]! += velocity[j]!;
    }
  }
  return w;
}
