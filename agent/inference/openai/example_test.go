package openai_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/sessionkeystore/sessionkeystore/agent/inference"
	"github.com/sessionkeystore/sessionkeystore/agent/inference/openai"
)

// Example points a client at a stand-in for a local llama.cpp server; with
// Ollama or vLLM only BaseURL and Model change.
func Example() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"model":"qwen2.5-0.5b-instruct","choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},"finish_reason":"stop"}]}`)
	}))
	defer srv.Close()

	seed := int64(7)
	var backend inference.Backend
	backend, err := openai.New(openai.Config{
		BaseURL:       srv.URL + "/v1", // e.g. http://127.0.0.1:8080/v1
		Model:         "qwen2.5-0.5b-instruct",
		Seed:          &seed,
		Deterministic: true, // temperature 0 and a fixed seed on a single-slot server
	})
	if err != nil {
		log.Fatal(err)
	}
	c, err := backend.Complete(context.Background(), inference.Request{Prompt: "Capital of France, one word?", MaxTokens: 16})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Model, c.Text, backend.Deterministic())
	// Output: qwen2.5-0.5b-instruct Paris. true
}
