package main

import (
	"fmt"
	"runtime"
	"sync"
)

// parallel calls work(i) for every i in [0, n) on one goroutine per CPU.
func parallel(n int, work func(i int)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), n) {
		wg.Go(func() {
			for i := range jobs {
				work(i)
			}
		})
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// safely calls f and turns a panic into an error, so that a bug met on
// one file does not stop the others.
func safely(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("erreur interne de coquille (%v)\u00a0; merci de la signaler", p)
		}
	}()
	f()
	return nil
}
