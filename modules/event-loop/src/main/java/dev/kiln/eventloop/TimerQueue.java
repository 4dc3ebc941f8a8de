package dev.kiln.eventloop;

import java.util.Arrays;

/** A binary min-heap of timers ordered by deadline, then by the order they were scheduled. */
final class TimerQueue {
  private ScheduledTask[] heap = new ScheduledTask[16];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  ScheduledTask peek() {
    return size == 0 ? null : heap[0];
  }

  void add(ScheduledTask task) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    heap[size] = task;
    siftUp(size++);
  }

  ScheduledTask poll() {
    if (size == 0) {
      return null;
    }
    ScheduledTask first = heap[0];
    heap[0] = heap[--size];
    heap[size] = null;
    if (size > 0) {
      siftDown(0);
    }
    return first;
  }

  private void siftUp(int index) {
    while (index > 0) {
      int parent = (index - 1) / 2;
      if (!heap[index].before(heap[parent])) {
        return;
      }
      swap(index, parent);
      index = parent;
    }
  }

  private void siftDown(int index) {
    while (true) {
      int smallest = index;
      int left = 2 * index + 1;
      int right = left + 1;
      if (left < size && heap[left].before(heap[smallest])) {
        smallest = left;
      }
      if (right < size && heap[right].before(heap[smallest])) {
        smallest = right;
      }
      if (smallest == index) {
        return;
      }
      swap(index, smallest);
      index = smallest;
    }
  }

  private void swap(int a, int b) {
    ScheduledTask t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  }
}
