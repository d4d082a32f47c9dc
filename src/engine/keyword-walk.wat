;; The keyword automaton's inner walk over UTF-16 code units, for keyword
;; sets that are all ASCII: a unit above 0xFF is read as 0x80, whose class
;; (like that of every unit from 0x80 up) is "no keyword character".
;; `KeywordScanner` lays out the memory and reads the hits; the build turns
;; this file into keyword-walk-wasm.ts (npm run build:wasm).
;;
;; Memory layout, in bytes:
;;   [0, 1024)     class of each unit 0..0xFF, as an int32 times 4
;;   [1024, ...)   the transition table: int32 entries, each the target row's
;;                 byte offset (row * 4), or its bitwise complement when the
;;                 target ends a keyword
;;   elsewhere     text chunks and hit lists, at addresses the caller passes
;;
;; A hit is two int32s: the address of the unit that ended a keyword, and the
;; row (byte offset) of the state reached there. A chunk of n units yields at
;; most n hits, so a hit list of n entries never overflows.
(module
  (memory (export "memory") 1)

  ;; Rows (byte offsets) of the two walks, kept between calls.
  (global $rowA (export "rowA") (mut i32) (i32.const 0))
  (global $rowB (export "rowB") (mut i32) (i32.const 0))
  ;; Hits written by the last call, per walk.
  (global $hitsA (export "hitsA") (mut i32) (i32.const 0))
  (global $hitsB (export "hitsB") (mut i32) (i32.const 0))

  ;; Two independent walks in one loop, over the n units at a and the n units
  ;; at b: each step's table load waits on the one before, so two chains keep
  ;; the processor busy where one would wait on memory.
  (func (export "walkTwo") (param $a i32) (param $b i32) (param $n i32) (param $outA i32) (param $outB i32)
    (local $end i32) (local $rowA i32) (local $rowB i32) (local $nextA i32) (local $nextB i32)
    (local $atA i32) (local $atB i32) (local $code i32)
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 1))))
    (local.set $rowA (global.get $rowA))
    (local.set $rowB (global.get $rowB))
    (local.set $atA (local.get $outA))
    (local.set $atB (local.get $outB))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $nextA
          (i32.load offset=1024
            (i32.add (local.get $rowA) (i32.load (i32.shl (select (local.tee $code (i32.load16_u (local.get $a))) (i32.const 128) (i32.lt_u (local.get $code) (i32.const 256))) (i32.const 2))))))
        (local.set $nextB
          (i32.load offset=1024
            (i32.add (local.get $rowB) (i32.load (i32.shl (select (local.tee $code (i32.load16_u (local.get $b))) (i32.const 128) (i32.lt_u (local.get $code) (i32.const 256))) (i32.const 2))))))
        (if (i32.ge_s (local.get $nextA) (i32.const 0))
          (then (local.set $rowA (local.get $nextA)))
          (else
            (local.set $rowA (i32.xor (local.get $nextA) (i32.const -1)))
            (i32.store (local.get $atA) (local.get $a))
            (i32.store offset=4 (local.get $atA) (local.get $rowA))
            (local.set $atA (i32.add (local.get $atA) (i32.const 8)))))
        (if (i32.ge_s (local.get $nextB) (i32.const 0))
          (then (local.set $rowB (local.get $nextB)))
          (else
            (local.set $rowB (i32.xor (local.get $nextB) (i32.const -1)))
            (i32.store (local.get $atB) (local.get $b))
            (i32.store offset=4 (local.get $atB) (local.get $rowB))
            (local.set $atB (i32.add (local.get $atB) (i32.const 8)))))
        (local.set $a (i32.add (local.get $a) (i32.const 2)))
        (local.set $b (i32.add (local.get $b) (i32.const 2)))
        (br $step)))
    (global.set $rowA (local.get $rowA))
    (global.set $rowB (local.get $rowB))
    (global.set $hitsA (i32.shr_u (i32.sub (local.get $atA) (local.get $outA)) (i32.const 3)))
    (global.set $hitsB (i32.shr_u (i32.sub (local.get $atB) (local.get $outB)) (i32.const 3))))

  ;; One walk over the n units at a, from and to rowA, hits at out (count in hitsA).
  (func (export "walkOne") (param $a i32) (param $n i32) (param $out i32)
    (local $end i32) (local $row i32) (local $next i32) (local $at i32) (local $code i32)
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 1))))
    (local.set $row (global.get $rowA))
    (local.set $at (local.get $out))
    (block $done
      (loop $step
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $next
          (i32.load offset=1024
            (i32.add (local.get $row) (i32.load (i32.shl (select (local.tee $code (i32.load16_u (local.get $a))) (i32.const 128) (i32.lt_u (local.get $code) (i32.const 256))) (i32.const 2))))))
        (if (i32.ge_s (local.get $next) (i32.const 0))
          (then (local.set $row (local.get $next)))
          (else
            (local.set $row (i32.xor (local.get $next) (i32.const -1)))
            (i32.store (local.get $at) (local.get $a))
            (i32.store offset=4 (local.get $at) (local.get $row))
            (local.set $at (i32.add (local.get $at) (i32.const 8)))))
        (local.set $a (i32.add (local.get $a) (i32.const 2)))
        (br $step)))
    (global.set $rowA (local.get $row))
    (global.set $hitsA (i32.shr_u (i32.sub (local.get $at) (local.get $out)) (i32.const 3))))
)
