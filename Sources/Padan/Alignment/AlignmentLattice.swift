import Foundation

/// The dynamic programme of the aligner over a band around the diagonal.
///
/// Position (i, j) means "the first i source and j target sentences are aligned". A bead of shape (s, t)
/// moves from (i − s, j − t) to (i, j). Only positions inside a band around the line from (0, 0) to (n, m)
/// are visited, so time and memory grow with (n + m) × band width, not n × m. Row i holds the columns from
/// `i·m/n − width` to `(i+1)·m/n + width`, which keeps every row connected to the next.
///
/// Three passes over the same costs: Viterbi for the best path, and forward–backward for the posterior
/// probability of each bead on it (its confidence).
struct AlignmentLattice {
    let rows: Int
    let columns: Int
    private var low: [Int]
    private var high: [Int]
    private var offset: [Int]
    /// Number of positions in the band.
    let cellCount: Int

    /// A lattice for `rows` source and `columns` target sentences with half-width `width`.
    init(rows: Int, columns: Int, width: Int) {
        self.rows = rows
        self.columns = columns
        var low = [Int](repeating: 0, count: rows + 1)
        var high = [Int](repeating: 0, count: rows + 1)
        var offset = [Int](repeating: 0, count: rows + 2)
        for i in 0...rows {
            let from = rows == 0 ? 0 : i * columns / rows
            let to = rows == 0 ? columns : ((i + 1) * columns + rows - 1) / rows
            low[i] = max(0, from - width)
            high[i] = min(columns, to + width) + 1
            offset[i + 1] = offset[i] + high[i] - low[i]
        }
        self.low = low
        self.high = high
        self.offset = offset
        self.cellCount = offset[rows + 1]
    }

    /// The positions a band of half-width `width` would hold, without building it.
    static func cellCount(rows: Int, columns: Int, width: Int) -> Int {
        (rows + 1) * (columns / max(rows, 1) + 2 * width + 3)
    }

    /// The cell of position (i, j), or nil outside the band.
    @inline(__always) func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= rows, j >= low[i], j < high[i] else { return nil }
        return offset[i] + j - low[i]
    }

    /// The best path and the posterior of each of its beads; `cost(i, j, s, t)` is the cost of the bead of
    /// shape (s, t) ending at (i, j), or nil when that bead is not allowed.
    func solve(shapes: [(source: Int, target: Int)], cost: (Int, Int, Int, Int) -> Double?)
        -> [(source: Range<Int>, target: Range<Int>, posterior: Double)]
    {
        let shapeCount = shapes.count
        var costs = [Double](repeating: .infinity, count: cellCount * shapeCount)
        var best = [Double](repeating: .infinity, count: cellCount)
        var back = [Int8](repeating: -1, count: cellCount)
        var forward = [Double](repeating: -.infinity, count: cellCount)
        best[0] = 0
        forward[0] = 0
        for i in 0...rows {
            for j in low[i]..<high[i] {
                guard let here = cell(i, j), i + j > 0 else { continue }
                var bestCost = Double.infinity
                var bestShape = -1
                var sum = -Double.infinity
                for (k, shape) in shapes.enumerated() {
                    guard let previous = cell(i - shape.source, j - shape.target), best[previous] < .infinity,
                        let beadCost = cost(i, j, shape.source, shape.target)
                    else { continue }
                    costs[here * shapeCount + k] = beadCost
                    let total = best[previous] + beadCost
                    if total < bestCost {
                        bestCost = total
                        bestShape = k
                    }
                    sum = AlignmentLattice.logAdd(sum, forward[previous] - beadCost)
                }
                best[here] = bestCost
                back[here] = Int8(bestShape)
                forward[here] = sum
            }
        }
        var backward = [Double](repeating: -.infinity, count: cellCount)
        guard let end = cell(rows, columns) else { return [] }
        backward[end] = 0
        for i in stride(from: rows, through: 0, by: -1) {
            for j in stride(from: high[i] - 1, through: low[i], by: -1) {
                guard let here = cell(i, j), here != end else { continue }
                var sum = -Double.infinity
                for (k, shape) in shapes.enumerated() {
                    guard let next = cell(i + shape.source, j + shape.target) else { continue }
                    let beadCost = costs[next * shapeCount + k]
                    if beadCost < .infinity { sum = AlignmentLattice.logAdd(sum, backward[next] - beadCost) }
                }
                backward[here] = sum
            }
        }
        let total = forward[end]
        var path: [(source: Range<Int>, target: Range<Int>, posterior: Double)] = []
        var i = rows
        var j = columns
        while i + j > 0, let here = cell(i, j), back[here] >= 0 {
            let k = Int(back[here])
            let shape = shapes[k]
            guard let previous = cell(i - shape.source, j - shape.target) else { break }
            let posterior = exp(forward[previous] - costs[here * shapeCount + k] + backward[here] - total)
            path.append(((i - shape.source)..<i, (j - shape.target)..<j, min(1, max(0, posterior))))
            i -= shape.source
            j -= shape.target
        }
        return path.reversed()
    }

    /// log(exp(a) + exp(b)) without overflow.
    @inline(__always) static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        let larger = max(a, b)
        return larger + log(exp(a - larger) + exp(b - larger))
    }
}
