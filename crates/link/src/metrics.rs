//! Evaluation metrics: ROC AUC, Pearson correlation, pairwise and B-cubed
//! clustering scores.

use crate::hash::FxMap;

/// ROC AUC of `scores` for the positive class (`labels[i] == true`), ties
/// counted half (Mann–Whitney U). `None` when a class is empty.
pub fn roc_auc(scores: &[f64], labels: &[bool]) -> Option<f64> {
    let mut idx: Vec<usize> = (0..scores.len().min(labels.len())).collect();
    idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let (mut rank_sum, mut npos) = (0.0, 0usize);
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && scores[idx[j + 1]] == scores[idx[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for &k in &idx[i..=j] {
            if labels[k] {
                rank_sum += avg;
                npos += 1;
            }
        }
        i = j + 1;
    }
    let nneg = idx.len() - npos;
    if npos == 0 || nneg == 0 {
        return None;
    }
    Some((rank_sum - (npos * (npos + 1)) as f64 / 2.0) / (npos as f64 * nneg as f64))
}

/// Pearson correlation; `None` when fewer than two points or no variance.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len().min(y.len());
    if n < 2 {
        return None;
    }
    let mx = x[..n].iter().sum::<f64>() / n as f64;
    let my = y[..n].iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (dx, dy) = (x[i] - mx, y[i] - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if sxx == 0.0 || syy == 0.0 {
        return None;
    }
    Some(sxy / (sxx * syy).sqrt())
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Pairwise precision/recall/F1 of a clustering `pred` against `gold`
/// (cluster labels per item). With no pairs on a side its score is 1.
pub fn pairwise(pred: &[usize], gold: &[usize]) -> Prf {
    let n = pred.len().min(gold.len());
    let mut joint: FxMap<(usize, usize), u64> = FxMap::default();
    let mut p: FxMap<usize, u64> = FxMap::default();
    let mut g: FxMap<usize, u64> = FxMap::default();
    for i in 0..n {
        *joint.entry((pred[i], gold[i])).or_default() += 1;
        *p.entry(pred[i]).or_default() += 1;
        *g.entry(gold[i]).or_default() += 1;
    }
    let tp: u64 = joint.values().map(|&c| pairs(c)).sum();
    let pp: u64 = p.values().map(|&c| pairs(c)).sum();
    let gp: u64 = g.values().map(|&c| pairs(c)).sum();
    let prec = if pp == 0 { 1.0 } else { tp as f64 / pp as f64 };
    let rec = if gp == 0 { 1.0 } else { tp as f64 / gp as f64 };
    Prf::new(prec, rec)
}

/// B-cubed precision/recall/F1 (Bagga & Baldwin), items weighted equally.
pub fn bcubed(pred: &[usize], gold: &[usize]) -> Prf {
    let n = pred.len().min(gold.len());
    if n == 0 {
        return Prf::new(1.0, 1.0);
    }
    let mut joint: FxMap<(usize, usize), u64> = FxMap::default();
    let mut p: FxMap<usize, u64> = FxMap::default();
    let mut g: FxMap<usize, u64> = FxMap::default();
    for i in 0..n {
        *joint.entry((pred[i], gold[i])).or_default() += 1;
        *p.entry(pred[i]).or_default() += 1;
        *g.entry(gold[i]).or_default() += 1;
    }
    let (mut prec, mut rec) = (0.0, 0.0);
    for i in 0..n {
        let j = joint[&(pred[i], gold[i])] as f64;
        prec += j / p[&pred[i]] as f64;
        rec += j / g[&gold[i]] as f64;
    }
    Prf::new(prec / n as f64, rec / n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_hand_computed() {
        // positives 0.9, 0.4; negatives 0.5, 0.1: pairs won 3 of 4
        let a = roc_auc(&[0.9, 0.4, 0.5, 0.1], &[true, true, false, false]).unwrap();
        assert!((a - 0.75).abs() < 1e-12);
        // a tie counts half
        let a = roc_auc(&[0.5, 0.5], &[true, false]).unwrap();
        assert!((a - 0.5).abs() < 1e-12);
        assert!(roc_auc(&[1.0], &[true]).is_none());
    }

    #[test]
    fn pearson_hand_computed() {
        let r = pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]).unwrap();
        assert!((r - 1.0).abs() < 1e-12);
        let r = pearson(&[1.0, 2.0, 3.0], &[1.0, 3.0, 2.0]).unwrap();
        assert!((r - 0.5).abs() < 1e-12);
    }

    #[test]
    fn clustering_scores_hand_computed() {
        // gold {0,1,2} {3,4}; pred {0,1} {2,3,4}
        let gold = [0, 0, 0, 1, 1];
        let pred = [7, 7, 8, 8, 8];
        let pw = pairwise(&pred, &gold);
        // pred pairs: 1 + 3 = 4; true among them: (0,1), (3,4) = 2; gold pairs 3 + 1 = 4
        assert!((pw.precision - 0.5).abs() < 1e-12);
        assert!((pw.recall - 0.5).abs() < 1e-12);
        let b = bcubed(&pred, &gold);
        // precision: 1, 1, 1/3, 2/3, 2/3 -> 11/15 ; recall: 2/3, 2/3, 1/3, 1, 1 -> 11/15
        assert!((b.precision - 11.0 / 15.0).abs() < 1e-12);
        assert!((b.recall - 11.0 / 15.0).abs() < 1e-12);
        let perfect = bcubed(&gold, &gold);
        assert_eq!(perfect.f1, 1.0);
    }
}
