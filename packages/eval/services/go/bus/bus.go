// Package bus is the message bus: contexts publish events here and subscribe to each other's.
package bus

import "sync"

// Event is a bus message.
type Event map[string]any

var (
	mu          sync.Mutex
	subscribers = map[string][]func(Event){}
	// Published is every event published, in order.
	Published []Event
)

// Publish delivers an event to its subscribers.
func Publish(e Event) Event {
	mu.Lock()
	Published = append(Published, e)
	handlers := subscribers[e["type"].(string)]
	mu.Unlock()
	for _, h := range handlers {
		h(e)
	}
	return e
}

// Subscribe registers a handler for an event type.
func Subscribe(eventType string, h func(Event)) {
	mu.Lock()
	defer mu.Unlock()
	subscribers[eventType] = append(subscribers[eventType], h)
}
