// Package events publishes analytics events through the bus.
package events

import "example.com/shop/bus"

// PageView publishes a page view.
func PageView(path, sessionID string) bus.Event {
	return bus.Publish(bus.Event{"type": "page_view", "path": path, "session_id": sessionID})
}

// AddToCart publishes an add-to-cart event.
func AddToCart(sku string, quantity int64, sessionID string) bus.Event {
	return bus.Publish(bus.Event{"type": "add_to_cart", "sku": sku, "quantity": quantity, "session_id": sessionID})
}

// CheckoutStarted publishes the start of a checkout.
func CheckoutStarted(cartTotalCents int64, sessionID string) bus.Event {
	return bus.Publish(bus.Event{"type": "checkout_started", "cart_total_cents": cartTotalCents, "session_id": sessionID})
}
