# Sums eval outputs: the per-code TP/FP/FN lines of several corpora into one
# table, with precision and recall per code and in total (issue #15's target
# is on the independent corpora together).  Usage: awk -f sum.awk OUT...
$1 ~ /^[A-Z][A-Z_]+$/ && $1 != "TOTAL" && NF >= 4 && $2 ~ /^[0-9]+$/ {
    if (!($1 in tp)) order[++n] = $1
    tp[$1] += $2; fp[$1] += $3; fn[$1] += $4
}
$1 == "TOTAL" { corpora++ }
function ratio(a, b) { return b ? sprintf("%.3f", a / b) : "-" }
END {
    printf "%-20s %5s %5s %5s %9s %7s\n", "code", "TP", "FP", "FN", "precision", "recall"
    for (i = 1; i <= n; i++) {
        c = order[i]; T += tp[c]; F += fp[c]; N += fn[c]
        printf "%-20s %5d %5d %5d %9s %7s\n", c, tp[c], fp[c], fn[c],
               ratio(tp[c], tp[c] + fp[c]), ratio(tp[c], tp[c] + fn[c])
    }
    printf "%-20s %5d %5d %5d %9s %7s   (%d corpora)\n", "TOTAL", T, F, N,
           ratio(T, T + F), ratio(T, T + N), corpora
}
